import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (builder: DesignBuilder) =>
  validate(builder.design).findings.filter((f) => f.rule === 'CAP-FE-POOL-MAX-USERS');

describe('CAP-FE-POOL-MAX-USERS', () => {
  it('CAP-03: 90,000 users on a 12-server pool is an error against 80,000', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const pool = b.frontEnd(site, 12);
    b.users(site, pool, 90_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [pool], value: 90_000, limit: 80_000 }),
    ]);
    expect(findingsOf(b)[0]!.message).toContain('90,000 users');
  });

  it('CAP-01: exactly 80,000 users passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.users(site, b.frontEnd(site, 12), 80_000);
    expect(findingsOf(b)).toEqual([]);
  });

  it('counts users homed on an SBA toward the Front End pool that is its registrar', () => {
    const b = new DesignBuilder();
    const central = b.site('Central');
    const branch = b.site('Branch', 'branch', central);
    const pool = b.frontEnd(central, 12);
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.associate('registrar', sba, pool);
    b.users(central, pool, 79_500);
    b.users(branch, sba, 600);
    const result = validate(b.design);
    expect(result.figures.pools.get(pool)?.users).toBe(80_100);
    expect(result.figures.pools.get(sba)?.users).toBe(600);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ value: 80_100, limit: 80_000 })]);
  });
});

describe('CAP-FE-POOL-MAX-USERS on a Lync Server 2010 pool', () => {
  it("is judged by the 2010 page's 80,000, which its finding cites", () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const pool = b.legacy(b.frontEnd(site, 9));
    b.users(site, pool, 90_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ value: 90_000, limit: 80_000, source: SOURCES.lync2010CapacityUserModels }),
    ]);
    expect(findingsOf(b)[0]!.message).toBe(
      'Front End pool frontend2.contoso.com homes 90,000 users; a Lync Server 2010 Front End pool supports at most 80,000. Move 10,000 users or more to another pool at the site.',
    );
  });
});
