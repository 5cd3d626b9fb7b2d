import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

/** A central site whose pools home `remote` concurrent remote users (all of them remote), with Edge and Director pools. */
function site(remote: number, edges: number, directors: number) {
  const b = new DesignBuilder();
  const central = b.site('Dallas');
  const poolA = b.frontEnd(central, 12);
  const poolB = b.frontEnd(central, 12);
  b.design.userGroups.push({
    id: 'g-a',
    siteId: central,
    homePoolId: poolA,
    count: Math.ceil(remote / 2),
    remotePercent: 100,
  });
  b.design.userGroups.push({
    id: 'g-b',
    siteId: central,
    homePoolId: poolB,
    count: Math.floor(remote / 2),
    remotePercent: 100,
  });
  const edge = b.pool(central, 'edge', { servers: edges });
  const director = b.pool(central, 'director', { servers: directors });
  const result = validate(b.design);
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule);
  return { central, edge, director, result, of };
}

describe('Edge and Director sizing (examples.md CAP-10)', () => {
  it('30,000 concurrent remote users with 2 Edge and 2 Director servers: each needs 3', () => {
    const { of, central, result } = site(30_000, 2, 2);
    expect(result.figures.sites.get(central)?.remoteUsers).toBe(30_000);
    expect(of('CAP-EDGE-REMOTE-USERS')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [central], value: 2, limit: 3 }),
    ]);
    expect(of('CAP-DIR-REMOTE-USERS')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [central], value: 2, limit: 3 }),
    ]);
    expect(of('TOPO-EDGE-MIN-2')).toEqual([]);
  });

  it('variant: 10,000 remote users on 1 Edge has the capacity but not the high availability', () => {
    const { of, edge } = site(10_000, 1, 2);
    expect(of('CAP-EDGE-REMOTE-USERS')).toEqual([]);
    expect(of('TOPO-EDGE-MIN-2')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [edge], value: 1, limit: 2 }),
    ]);
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

describe('CAP-EDGE-AV-SESSIONS (scaled-Edge page, secondary)', () => {
  it('one Edge server: 15,000 remote users are at the Access Edge limit; 15,002 pass it', () => {
    expect(site(15_000, 1, 2).of('CAP-EDGE-AV-SESSIONS')).toEqual([]);
    const { of, central } = site(15_002, 1, 2);
    expect(of('CAP-EDGE-AV-SESSIONS')).toEqual([
      expect.objectContaining({ severity: 'info', subjects: [central], value: 15_002, limit: 15_000 }),
    ]);
    expect(of('CAP-EDGE-AV-SESSIONS')[0]!.message).toContain(
      'about 15,002 Access Edge connections and 751 web conferencing connections',
    );
  });

  it('an Edge pool (two servers or more) is what the page asks for: no finding', () => {
    expect(site(30_000, 2, 2).of('CAP-EDGE-AV-SESSIONS')).toEqual([]);
  });
});
