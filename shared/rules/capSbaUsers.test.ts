import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { survivableBranches } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-SBA-USERS');

describe('CAP-SBA-USERS', () => {
  it('warns below 25 and above 1,000 users on an SBA', () => {
    const { b, sbaTiny, sbaBig } = survivableBranches();
    expect(findingsOf(b).map((f) => [f.subjects[0], f.limit])).toEqual([
      [sbaTiny, 25],
      [sbaBig, 1_000],
    ]);
  });

  it('passes 25 and 1,000 users, and an SBA with no users yet', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const branch = b.site('Austin', 'branch', dallas);
    b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 25);
    b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 1_000);
    b.pool(b.site('Empty', 'branch', dallas), 'sba', { servers: 1 });
    expect(findingsOf(b)).toEqual([]);
  });
});

describe('CAP-SBA-USERS and Lync Server 2010 appliances', () => {
  it('does not judge a 2010 SBA by the 2013 range of 25 to 1,000 users', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.users(branch, sba, 1_500);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(sba);
    expect(findingsOf(b)).toEqual([]);
  });
});
