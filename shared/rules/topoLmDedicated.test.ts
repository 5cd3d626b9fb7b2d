import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-LM-DEDICATED');

describe('TOPO-LM-DEDICATED', () => {
  it('a large-meeting pool that homes users and has no Office Web Apps gets two warnings', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const large = b.pool(site, 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, concurrentLargeMeetings: 2 } as never,
    });
    b.users(site, large, 50);
    expect(findingsOf(b).map((f) => f.message)).toEqual([
      expect.stringContaining('homes 50 users'),
      expect.stringContaining('without Office Web Apps'),
    ]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'warning', subjects: [large], value: 50, limit: 0 });
  });

  it('a large-meeting pool with no users and Office Web Apps is dedicated', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const large = b.pool(site, 'frontEnd', { servers: 2, extra: { largeMeetings: true } as never });
    b.associate('officeWebApps', large, b.pool(site, 'officeWebApps', { servers: 2 }));
    expect(findingsOf(b)).toEqual([]);
  });
});
