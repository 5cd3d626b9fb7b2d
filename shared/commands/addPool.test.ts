import { describe, expect, it } from 'vitest';
import { addPool } from './addPool';
import { addServer } from './addServer';
import { addSite } from './addSite';
import { CommandRefused } from './commandError';
import { createDesign } from './createDesign';

const empty = () =>
  createDesign({ id: '00000000-0000-4000-8000-000000000002', name: 'New', now: '2026-11-22T10:00:00.000Z' });
const withSite = () => addSite(empty(), { id: 's1', name: 'Dallas', kind: 'central', position: { x: 0, y: 0 } });

describe('addPool / addServer', () => {
  it('adds an Enterprise Front End pool named like the planner expects, placed where it was dropped', () => {
    const design = addPool(withSite(), { id: 'p1', siteId: 's1', role: 'frontEnd', position: { x: 40, y: 60 } });
    expect(design.pools).toEqual([
      { id: 'p1', siteId: 's1', fqdn: 'pool01.contoso.com', role: 'frontEnd', edition: 'enterprise' },
    ]);
    expect(design.layout?.nodes?.p1).toEqual({ x: 40, y: 60 });
  });

  it('refuses a pool outside any site, with the reason', () => {
    expect(() => addPool(empty(), { id: 'p1', siteId: undefined, role: 'edge', position: { x: 0, y: 0 } })).toThrow(
      new CommandRefused('Every pool belongs to a site: drop it inside a central or branch site.'),
    );
  });

  it("numbers servers fe01, fe02... in the design's own domain", () => {
    let design = addPool(withSite(), {
      id: 'p1',
      siteId: 's1',
      role: 'frontEnd',
      fqdn: 'pool01.fabrikam.net',
      position: { x: 0, y: 0 },
    });
    design = addServer(design, { id: 'v1', poolId: 'p1' });
    design = addServer(design, { id: 'v2', poolId: 'p1' });
    expect(design.servers.map((s) => s.fqdn)).toEqual(['fe01.fabrikam.net', 'fe02.fabrikam.net']);
  });

  it('keeps a Standard Edition server a pool of one', () => {
    let design = addPool(withSite(), {
      id: 'se',
      siteId: 's1',
      role: 'frontEnd',
      edition: 'standard',
      position: { x: 0, y: 0 },
    });
    expect(design.pools[0]!.fqdn).toBe('se01.contoso.com');
    design = addServer(design, { id: 'v1', poolId: 'se' });
    expect(() => addServer(design, { id: 'v2', poolId: 'se' })).toThrow(/pool of exactly one server/);
  });

  it('refuses a server dropped outside a pool', () => {
    expect(() => addServer(withSite(), { id: 'v1', poolId: undefined })).toThrow(
      'A server belongs to a pool: drop it onto a pool.',
    );
  });
});
