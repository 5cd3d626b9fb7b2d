import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-SBA-USERS-NO-PCHAT-ROOMS');

describe('TOPO-SBA-USERS-NO-PCHAT-ROOMS', () => {
  it('users homed on an SBA in a design with Persistent Chat get a note about their groups', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.pool(dallas, 'persistentChat', { servers: 1 });
    const branch = b.site('Austin', 'branch', dallas);
    const group = b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 400);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({
        severity: 'info',
        subjects: [group],
        message: expect.stringContaining('400 users are homed on Survivable Branch Appliances'),
      }),
    ]);
  });

  it("names the groups of every SBA in the design's order, and counts their users once", () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.pool(dallas, 'persistentChat', { servers: 1 });
    const austin = b.site('Austin', 'branch', dallas);
    const boston = b.site('Boston', 'branch', dallas);
    const sbaA = b.pool(austin, 'sba', { servers: 1 });
    const sbaB = b.pool(boston, 'sba', { servers: 1 });
    const fe = b.frontEnd(dallas, 2);
    const first = b.users(boston, sbaB, 100);
    b.users(dallas, fe, 5_000);
    const second = b.users(austin, sbaA, 200);
    const third = b.users(boston, sbaB, 300);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({
        subjects: [first, second, third],
        message: expect.stringContaining('600 users are homed on Survivable Branch Appliances'),
      }),
    ]);
  });

  it('without Persistent Chat there is nothing to say', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 400);
    expect(findingsOf(b)).toEqual([]);
  });
});
