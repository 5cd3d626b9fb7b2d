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

  it('without Persistent Chat there is nothing to say', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 400);
    expect(findingsOf(b)).toEqual([]);
  });
});
