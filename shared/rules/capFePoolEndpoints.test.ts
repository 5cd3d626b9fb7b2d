import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-FE-POOL-ENDPOINTS');

describe('CAP-FE-POOL-ENDPOINTS', () => {
  it('90,000 users is about 171,000 endpoints, above 152,000', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.users(site, b.frontEnd(site, 12), 90_000);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'info', value: 171_000, limit: 152_000 })]);
  });

  it('80,000 users is 152,000 endpoints: at the limit, not above it', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.users(site, b.frontEnd(site, 12), 80_000);
    expect(findingsOf(b)).toEqual([]);
  });
});

describe('CAP-FE-POOL-ENDPOINTS on a Lync Server 2010 pool: 1.5 endpoints per user, 120,000 per pool', () => {
  it("81,000 users are 121,500 endpoints, above the 2010 page's 120,000", () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.users(site, b.legacy(b.frontEnd(site, 9)), 81_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ value: 121_500, limit: 120_000, source: SOURCES.lync2010CapacityUserModels }),
    ]);
    expect(findingsOf(b)[0]!.message).toContain('(1.5 per user); a Lync Server 2010 pool is tested for 120,000.');
  });
});
