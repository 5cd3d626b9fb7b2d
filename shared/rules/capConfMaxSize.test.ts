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

describe('CAP-CONF-MAX-SIZE and Lync Server 2010 pools', () => {
  it('does not judge a 2010 pool by the 2013 meeting sizes', () => {
    const b = new DesignBuilder();
    const pool = b.pool(b.site('Dallas'), 'frontEnd', { servers: 3, extra: { maxMeetingSize: 300 } as never });
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(pool);
    expect(findingsOf(b)).toEqual([]);
  });
});
