import { describe, expect, it } from 'vitest';
import { addPool } from './addPool';
import { addServer } from './addServer';
import { addSite } from './addSite';
import { CommandRefused } from './commandError';
import { createDesign } from './createDesign';
import { updateSettings } from './updateSettings';

const withSite = () =>
  addSite(createDesign({ id: '00000000-0000-4000-8000-000000000002', name: 'New', now: '2026-11-22T10:00:00.000Z' }), {
    id: 's1',
    name: 'Dallas',
    kind: 'central',
    position: { x: 0, y: 0 },
  });

describe('addServer', () => {
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
    expect(design.servers).toEqual([
      { id: 'v1', poolId: 'p1', fqdn: 'fe01.fabrikam.net' },
      { id: 'v2', poolId: 'p1', fqdn: 'fe02.fabrikam.net' },
    ]);
  });

  it("numbers servers apart from pools: a file store fs01's first server is fs01, not fs02", () => {
    let design = addPool(withSite(), { id: 'fs', siteId: 's1', role: 'fileStore', position: { x: 0, y: 0 } });
    expect(design.pools[0]!.fqdn).toBe('fs01.contoso.com');
    design = addServer(design, { id: 'v1', poolId: 'fs' });
    expect(design.servers).toEqual([{ id: 'v1', poolId: 'fs', fqdn: 'fs01.contoso.com' }]);
  });

  it("names new servers in the design's default SIP domain", () => {
    let design = updateSettings(withSite(), { defaultSipDomain: 'fabrikam.com' });
    design = addPool(design, { id: 'p1', siteId: 's1', role: 'frontEnd', position: { x: 0, y: 0 } });
    design = addServer(design, { id: 'v1', poolId: 'p1' });
    expect(design.pools[0]!.fqdn).toBe('pool01.fabrikam.com');
    expect(design.servers[0]!.fqdn).toBe('fe01.fabrikam.com');
  });

  it('takes the FQDN it is given', () => {
    let design = addPool(withSite(), { id: 'p1', siteId: 's1', role: 'edge', position: { x: 0, y: 0 } });
    design = addServer(design, { id: 'v1', poolId: 'p1', fqdn: 'edge-dmz1.contoso.com' });
    expect(design.servers).toEqual([{ id: 'v1', poolId: 'p1', fqdn: 'edge-dmz1.contoso.com' }]);
  });

  it('keeps a Standard Edition server a pool of one', () => {
    let design = addPool(withSite(), {
      id: 'se',
      siteId: 's1',
      role: 'frontEnd',
      edition: 'standard',
      position: { x: 0, y: 0 },
    });
    design = addServer(design, { id: 'v1', poolId: 'se' });
    expect(() => addServer(design, { id: 'v2', poolId: 'se' })).toThrow(
      new CommandRefused(
        'se01.contoso.com is a Standard Edition server, a pool of exactly one server. Use an Enterprise Edition pool for more.',
      ),
    );
  });

  it('refuses a server dropped outside a pool', () => {
    expect(() => addServer(withSite(), { id: 'v1', poolId: undefined })).toThrow(
      new CommandRefused('A server belongs to a pool: drop it onto a pool.'),
    );
  });

  it('refuses an FQDN without a domain', () => {
    const design = addPool(withSite(), { id: 'p1', siteId: 's1', role: 'edge', position: { x: 0, y: 0 } });
    expect(() => addServer(design, { id: 'v1', poolId: 'p1', fqdn: 'edge01' })).toThrow(
      new CommandRefused('Enter a fully qualified name with a domain, such as fe01.contoso.com'),
    );
  });
});
