import { describe, expect, it } from 'vitest';
import { addPool } from './addPool';
import { addSite } from './addSite';
import { CommandRefused } from './commandError';
import { createDesign } from './createDesign';

const empty = () =>
  createDesign({ id: '00000000-0000-4000-8000-000000000002', name: 'New', now: '2026-11-22T10:00:00.000Z' });
const withSite = () => addSite(empty(), { id: 's1', name: 'Dallas', kind: 'central', position: { x: 0, y: 0 } });

describe('addPool', () => {
  it('adds an Enterprise Front End pool named like the planner expects, placed where it was dropped', () => {
    const design = addPool(withSite(), { id: 'p1', siteId: 's1', role: 'frontEnd', position: { x: 40, y: 60 } });
    expect(design.pools).toEqual([
      { id: 'p1', siteId: 's1', fqdn: 'pool01.contoso.com', role: 'frontEnd', edition: 'enterprise' },
    ]);
    expect(design.layout?.nodes?.p1).toEqual({ x: 40, y: 60 });
  });

  it('names a Standard Edition server se01, and a SQL store sqlpool01 without high availability', () => {
    let design = addPool(withSite(), {
      id: 'se',
      siteId: 's1',
      role: 'frontEnd',
      edition: 'standard',
      position: { x: 0, y: 0 },
    });
    design = addPool(design, { id: 'sql', siteId: 's1', role: 'backEnd', position: { x: 0, y: 0 } });
    expect(design.pools).toEqual([
      { id: 'se', siteId: 's1', fqdn: 'se01.contoso.com', role: 'frontEnd', edition: 'standard' },
      { id: 'sql', siteId: 's1', fqdn: 'sqlpool01.contoso.com', role: 'backEnd', ha: 'none' },
    ]);
  });

  it('takes the FQDN it is given', () => {
    const design = addPool(withSite(), {
      id: 'p1',
      siteId: 's1',
      role: 'edge',
      fqdn: 'edge.fabrikam.net',
      position: { x: 0, y: 0 },
    });
    expect(design.pools[0]).toEqual({ id: 'p1', siteId: 's1', fqdn: 'edge.fabrikam.net', role: 'edge' });
  });

  it('refuses a pool outside any site, with the reason', () => {
    expect(() => addPool(empty(), { id: 'p1', siteId: undefined, role: 'edge', position: { x: 0, y: 0 } })).toThrow(
      new CommandRefused('Every pool belongs to a site: drop it inside a central or branch site.'),
    );
  });

  it('refuses an FQDN Topology Builder would not take', () => {
    expect(() =>
      addPool(withSite(), {
        id: 'p1',
        siteId: 's1',
        role: 'edge',
        fqdn: 'edge_01.contoso.com',
        position: { x: 0, y: 0 },
      }),
    ).toThrow(new CommandRefused('An FQDN cannot contain "_" (use letters, digits and hyphens)'));
  });
});
