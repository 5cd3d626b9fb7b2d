import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-CONF-MAX-SIZE');

describe('CAP-CONF-MAX-SIZE', () => {
  it('300 on a user pool, 1,200 on a large-meeting pool; 250 and 1,000 pass', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const users = b.pool(site, 'frontEnd', { servers: 3, extra: { maxMeetingSize: 300 } as never });
    const large = b.pool(site, 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, maxMeetingSize: 1_200 } as never,
    });
    b.pool(site, 'frontEnd', { servers: 3, extra: { maxMeetingSize: 250 } as never });
    b.pool(site, 'frontEnd', { servers: 2, extra: { largeMeetings: true, maxMeetingSize: 1_000 } as never });
    expect(findingsOf(b).map((f) => [f.subjects[0], f.value, f.limit])).toEqual([
      [users, 300, 250],
      [large, 1_200, 1_000],
    ]);
  });
});
