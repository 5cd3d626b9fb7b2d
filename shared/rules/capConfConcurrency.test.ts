import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-CONF-CONCURRENCY');

describe('CAP-CONF-CONCURRENCY', () => {
  it('80,000 users on a pool: about 4,000 in conferences at once, and 125 others beside a 250-person meeting', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    b.users(site, pool, 80_000);
    const empty = b.frontEnd(site, 3);
    const findings = findingsOf(b);
    expect(findings).toEqual([expect.objectContaining({ severity: 'info', subjects: [pool], value: 4_000 })]);
    expect(findings[0]!.message).toContain(
      'about 4,000 users in conferences at once (5% of 80,000); during one 250-person meeting it still serves at least 125 others',
    );
    expect(findings.some((f) => f.subjects.includes(empty))).toBe(false);
  });
});

describe('CAP-CONF-CONCURRENCY and Lync Server 2010 pools', () => {
  it('says nothing about a 2010 pool: the 5% and the 125 are the 2013 user model', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 9);
    b.users(site, pool, 80_000);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(pool);
    expect(findingsOf(b)).toEqual([]);
  });
});
