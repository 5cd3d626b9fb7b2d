import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-BRANCH-MIN-USERS');

describe('CAP-BRANCH-MIN-USERS', () => {
  it('notes a branch with a survivable device and under 25 users; the bigger branch passes', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const tiny = b.site('Tiny', 'branch', dallas);
    const big = b.site('Big', 'branch', dallas);
    const sbaTiny = b.pool(tiny, 'sba', { servers: 1 });
    const sbaBig = b.pool(big, 'sba', { servers: 1 });
    const sbs = b.pool(big, 'sbs', { servers: 1 });
    b.users(tiny, sbaTiny, 10);
    b.users(big, sbaBig, 1_500);
    b.users(big, sbs, 6_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'info', subjects: [tiny], value: 10, limit: 25 }),
    ]);
  });
});
