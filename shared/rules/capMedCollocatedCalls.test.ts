import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'CAP-MED-COLLOCATED-CALLS');

describe('CAP-MED-COLLOCATED-CALLS', () => {
  it('6% of 10,000 users is 600 calls, above 3 servers x 150', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    b.associate('pstnGateway', pool, b.pool(site, 'pstnGateway', { servers: 1 }));
    b.users(site, pool, 10_000);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [pool], value: 600, limit: 450 })]);
  });

  it('counts no call where no gateway, SBA or SBS reaches the PSTN (the 720 calls of 12,000 users)', () => {
    const b = new DesignBuilder();
    const site = b.site('Redmond');
    b.users(site, b.frontEnd(site, 4), 12_000);
    expect(findingsOf(b)).toEqual([]);
  });

  it('passes 7,500 users on 3 servers: 450 calls', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.users(site, b.frontEnd(site, 3), 7_500);
    expect(findingsOf(b)).toEqual([]);
  });
});

describe('CAP-MED-COLLOCATED-CALLS and Lync Server 2010 pools', () => {
  it('does not judge a 2010 pool by the 2013 figure of 150 calls per Front End', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    b.associate('pstnGateway', pool, b.pool(site, 'pstnGateway', { servers: 1 }));
    b.users(site, pool, 10_000);
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(pool);
    expect(findingsOf(b)).toEqual([]);
  });
});
