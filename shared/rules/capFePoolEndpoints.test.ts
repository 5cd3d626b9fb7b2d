import { describe, expect, it } from 'vitest';
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
