import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { survivableBranches } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-BRANCH-MIN-USERS');

describe('CAP-BRANCH-MIN-USERS', () => {
  it('notes a branch with a survivable device and under 25 users; the bigger branch passes', () => {
    const { b, tiny } = survivableBranches();
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'info', subjects: [tiny], value: 10, limit: 25 }),
    ]);
  });

  it('counts people as "1 user" and "10 users"', () => {
    const messageFor = (users: number) => {
      const b = new DesignBuilder();
      const branch = b.site('Tiny', 'branch', b.site('Dallas'));
      b.users(branch, b.pool(branch, 'sba', { servers: 1 }), users);
      return findingsOf(b)[0]?.message;
    };
    expect(messageFor(1)).toBe(
      'Branch site Tiny has 1 user; below 25, a Survivable Branch Appliance or Server may not be worth its cost.',
    );
    expect(messageFor(10)).toContain('Branch site Tiny has 10 users;');
  });
});

describe('CAP-BRANCH-MIN-USERS and Lync Server 2010 appliances', () => {
  it('says nothing of a branch whose only survivable device is a 2010 one', () => {
    const b = new DesignBuilder();
    const branch = b.site('Tiny', 'branch', b.site('Dallas'));
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.users(branch, sba, 10);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(sba);
    expect(findingsOf(b)).toEqual([]);
  });
});
