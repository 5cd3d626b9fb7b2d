import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (builder: DesignBuilder, rule: string) =>
  validate(builder.design).findings.filter((f) => f.rule === rule);

describe('CAP-FE-MAX-SERVERS', () => {
  it('CAP-02: 13 Front End servers with 50,000 users is an error; the users are fine', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const pool = b.pool(site, 'frontEnd', { servers: 13, fqdn: 'pool01.contoso.com' });
    b.users(site, pool, 50_000);
    const [finding, ...rest] = findingsOf(b, 'CAP-FE-MAX-SERVERS');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: [pool],
      value: 13,
      limit: 12,
      message: 'Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.',
      source: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
    });
    expect(findingsOf(b, 'CAP-FE-POOL-MAX-USERS')).toEqual([]);
    expect(findingsOf(b, 'CAP-FE-USERS-PER-SERVER')).toEqual([]);
  });

  it('CAP-01: 12 servers, a mirrored Back End and 80,000 users is the limit, not above it: no error', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.users(site, b.wellFormedFrontEnd(site, 12), 80_000);
    expect(validate(b.design).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('does not count a Standard Edition pool or servers of other pools', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.frontEnd(site, 12);
    b.frontEnd(site, 12);
    b.pool(site, 'edge', { servers: 14 });
    expect(findingsOf(b, 'CAP-FE-MAX-SERVERS')).toEqual([]);
  });
});

describe('CAP-FE-MAX-SERVERS on a Lync Server 2010 pool', () => {
  it('is not applied: the 2010 page gives no maximum, and 12 is a 2013 figure', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.users(site, b.legacy(b.frontEnd(site, 13)), 50_000);
    expect(findingsOf(b, 'CAP-FE-MAX-SERVERS')).toEqual([]);
  });
});
