import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { remoteAccessSite } from '../testing/ruleScenarios';
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
