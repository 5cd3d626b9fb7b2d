import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-LM-ONE-MEETING');

describe('CAP-LM-ONE-MEETING', () => {
  it('two large meetings at once on one dedicated pool is a warning', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const large = b.pool(site, 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, concurrentLargeMeetings: 2 } as never,
    });
    b.users(site, large, 50);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'warning', subjects: [large] });
  });

  it('one at a time passes', () => {
    const b = new DesignBuilder();
    b.pool(b.site('Dallas'), 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, concurrentLargeMeetings: 1 } as never,
    });
    expect(findingsOf(b)).toEqual([]);
  });
});

describe('CAP-LM-ONE-MEETING and Lync Server 2010 pools', () => {
  it('does not judge a 2010 pool: the dedicated large-meeting pool is a 2013 pool type', () => {
    const b = new DesignBuilder();
    const large = b.pool(b.site('Dallas'), 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, concurrentLargeMeetings: 2 } as never,
    });
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(large);
    expect(findingsOf(b)).toEqual([]);
  });
});
