import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder } from '../testing/designBuilder';
import { legacyRemoteAccessSite, remoteAccessSite } from '../testing/ruleScenarios';
import { validate } from '../validate';

describe('CAP-EDGE-REMOTE-USERS (examples.md CAP-10)', () => {
  it('30,000 concurrent remote users with 2 Edge servers: it needs 3', () => {
    const { of, central, result } = remoteAccessSite(30_000, 2, 2);
    expect(result.figures.sites.get(central)?.remoteUsers).toBe(30_000);
    expect(of('CAP-EDGE-REMOTE-USERS')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [central], value: 2, limit: 3 }),
    ]);
  });

  it('variant: 10,000 remote users on 1 Edge has the capacity', () => {
    expect(remoteAccessSite(10_000, 1, 2).of('CAP-EDGE-REMOTE-USERS')).toEqual([]);
  });

  it("counts 30% of a group as remote by default, and SBA users with their registrar pool's Edge site", () => {
    const b = new DesignBuilder();
    const central = b.site('Dallas');
    const dmz = b.site('Dallas DMZ');
    const branch = b.site('Austin', 'branch', central);
    const pool = b.frontEnd(central, 6);
    const edge = b.pool(dmz, 'edge', { servers: 2 });
    b.associate('edge', pool, edge);
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.associate('registrar', sba, pool);
    b.users(central, pool, 10_000);
    b.users(branch, sba, 500);
    const sites = validate(b.design).figures.sites;
    expect(sites.get(dmz)?.remoteUsers).toBe(3_000 + 150);
    expect(sites.get(central)?.remoteUsers).toBe(0);
  });
});

describe('CAP-EDGE-REMOTE-USERS on Lync Server 2010 Edge servers: 15,000 remote users each', () => {
  it('14,000 remote users on one 2010 Edge pass, where 12,000 per server would ask for 2', () => {
    expect(remoteAccessSite(14_000, 1, 2).of('CAP-EDGE-REMOTE-USERS')).toHaveLength(1);
    expect(legacyRemoteAccessSite(14_000, 1, 2).of('CAP-EDGE-REMOTE-USERS')).toEqual([]);
  });

  it('30,000 remote users on 1 need 2, citing the 2010 page', () => {
    const { of, central } = legacyRemoteAccessSite(30_000, 1, 2);
    expect(of('CAP-EDGE-REMOTE-USERS')).toEqual([
      expect.objectContaining({ subjects: [central], value: 1, limit: 2, source: SOURCES.lync2010CapacityUserModels }),
    ]);
    expect(of('CAP-EDGE-REMOTE-USERS')[0]!.message).toBe(
      'Site Dallas has 30,000 concurrent remote users; at 15,000 per Lync Server 2010 Edge server it needs 2 Lync Server 2010 Edge servers and has 1.',
    );
  });

  it('sizes each version by the users entering through it when a site has both', () => {
    // 14,000 through the 2010 Edge (one server carries 15,000), 13,000 through the one 2013 Edge (12,000).
    const { of } = legacyRemoteAccessSite(14_000, 1, 2, 13_000);
    expect(of('CAP-EDGE-REMOTE-USERS')).toEqual([
      expect.objectContaining({ value: 1, limit: 2, source: SOURCES.capacityUserModels }),
    ]);
    expect(of('CAP-EDGE-REMOTE-USERS')[0]!.message).toBe(
      'Site Dallas has 13,000 concurrent remote users through its Lync Server 2013 Edge pools; at 12,000 per Lync Server 2013 Edge server it needs 2 Lync Server 2013 Edge servers and has 1.',
    );
  });
});
