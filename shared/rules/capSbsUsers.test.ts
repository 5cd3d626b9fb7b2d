import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { survivableBranches } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-SBS-USERS');

describe('CAP-SBS-USERS', () => {
  it('warns above 5,000 users on an SBS, not about the SBAs beside it', () => {
    const { b, sbs } = survivableBranches();
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [sbs], value: 6_000, limit: 5_000 })]);
  });

  it('warns below 1,000 users and passes 1,000 to 5,000', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const small = b.pool(branch, 'sbs', { servers: 1 });
    b.users(branch, small, 999);
    b.users(branch, b.pool(branch, 'sbs', { servers: 1 }), 1_000);
    b.users(branch, b.pool(branch, 'sbs', { servers: 1 }), 5_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [small], value: 999, limit: 1_000 }),
    ]);
  });
});

describe('CAP-SBS-USERS and Lync Server 2010 servers', () => {
  it('does not judge a 2010 SBS by the 2013 range of 1,000 to 5,000 users', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const sbs = b.pool(branch, 'sbs', { servers: 1 });
    b.users(branch, sbs, 6_000);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(sbs);
    expect(findingsOf(b)).toEqual([]);
  });
});
