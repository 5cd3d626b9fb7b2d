import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TB-OWAS-FOR-CONFERENCING');

describe('TB-OWAS-FOR-CONFERENCING', () => {
  it('a pool with users and no Office Web Apps', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    b.users(site, pool, 100);
    expect(findingsOf(b)).toHaveLength(1);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'warning', subjects: [pool] });
    b.associate('officeWebApps', pool, b.pool(site, 'officeWebApps', { servers: 2 }));
    expect(findingsOf(b)).toEqual([]);
  });

  it('not a Lync Server 2010 pool, which shares PowerPoint without Office Web Apps', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.pool(site, 'frontEnd', { servers: 3, extra: { version: 2010 } });
    b.users(site, pool, 100);
    expect(findingsOf(b)).toEqual([]);
  });
});
