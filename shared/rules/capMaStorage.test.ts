import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-MA-STORAGE');

describe('CAP-MA-STORAGE', () => {
  it('10,000 users grow Monitoring by 0.73 GB and Archiving by 0.54 GB a day', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    const store = b.pool(site, 'backEnd', { servers: 1 });
    b.associate('monitoring', pool, store);
    b.associate('archiving', pool, store);
    b.users(site, pool, 10_000);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({
        severity: 'info',
        subjects: [store],
        message: expect.stringContaining('Monitoring 0.73 GB and Archiving 0.54 GB a day'),
      }),
    ]);
  });

  it('says nothing about a store that no pool with users monitors or archives to', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.associate('backEnd', b.frontEnd(site, 3), b.pool(site, 'backEnd', { servers: 1 }));
    expect(findingsOf(b)).toEqual([]);
  });
});

describe('CAP-MA-STORAGE and Lync Server 2010 stores', () => {
  it('does not estimate a 2010 store by the 2013 kilobytes per user', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.legacy(b.frontEnd(site, 3));
    const store = b.pool(site, 'backEnd', { servers: 1 });
    b.associate('monitoring', pool, store);
    b.users(site, pool, 10_000);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(store);
    expect(findingsOf(b)).toEqual([]);
  });
});
