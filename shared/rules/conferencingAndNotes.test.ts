import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('conferencing', () => {
  it('CAP-CONF-MAX-SIZE: 300 on a user pool, 1,200 on a large-meeting pool; 250 and 1,000 pass', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const users = b.pool(site, 'frontEnd', { servers: 3, extra: { maxMeetingSize: 300 } as never });
    const large = b.pool(site, 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, maxMeetingSize: 1_200 } as never,
    });
    b.pool(site, 'frontEnd', { servers: 3, extra: { maxMeetingSize: 250 } as never });
    b.pool(site, 'frontEnd', { servers: 2, extra: { largeMeetings: true, maxMeetingSize: 1_000 } as never });
    expect(of(b, 'CAP-CONF-MAX-SIZE').map((f) => [f.subjects[0], f.value, f.limit])).toEqual([
      [users, 300, 250],
      [large, 1_200, 1_000],
    ]);
  });

  it('CAP-LM-ONE-MEETING and TOPO-LM-DEDICATED', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const large = b.pool(site, 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, concurrentLargeMeetings: 2 } as never,
    });
    b.users(site, large, 50);
    expect(of(b, 'CAP-LM-ONE-MEETING')).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
    expect(of(b, 'TOPO-LM-DEDICATED').map((f) => f.message)).toEqual([
      expect.stringContaining('homes 50 users'),
      expect.stringContaining('without Office Web Apps'),
    ]);
    expect(of(b, 'TOPO-FE-MIN-3')).toEqual([]);
  });

  it('TB-OWAS-FOR-CONFERENCING: a pool with users and no Office Web Apps', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    b.users(site, pool, 100);
    expect(of(b, 'TB-OWAS-FOR-CONFERENCING')).toHaveLength(1);
    b.associate('officeWebApps', pool, b.pool(site, 'officeWebApps', { servers: 2 }));
    expect(of(b, 'TB-OWAS-FOR-CONFERENCING')).toEqual([]);
  });
});

describe('notes', () => {
  it('CAP-FE-POOL-ENDPOINTS: 90,000 users is about 171,000 endpoints, above 152,000', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.users(site, b.frontEnd(site, 12), 90_000);
    expect(of(b, 'CAP-FE-POOL-ENDPOINTS')).toEqual([
      expect.objectContaining({ severity: 'info', value: 171_000, limit: 152_000 }),
    ]);
  });

  it('CAP-MA-STORAGE: 10,000 users grow Monitoring by 0.73 GB and Archiving by 0.54 GB a day', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    const store = b.pool(site, 'backEnd', { servers: 1 });
    b.associate('monitoring', pool, store);
    b.associate('archiving', pool, store);
    b.users(site, pool, 10_000);
    expect(of(b, 'CAP-MA-STORAGE')).toEqual([
      expect.objectContaining({
        severity: 'info',
        subjects: [store],
        message: expect.stringContaining('Monitoring 0.73 GB and Archiving 0.54 GB a day'),
      }),
    ]);
  });

  it('TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED and TOPO-SBA-USERS-NO-PCHAT-ROOMS', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.pool(dallas, 'persistentChat', { servers: 1 });
    const branch = b.site('Austin', 'branch', dallas);
    b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 400);
    expect(of(b, 'TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED')).toHaveLength(1);
    expect(of(b, 'TOPO-SBA-USERS-NO-PCHAT-ROOMS')).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining('400 users are homed on Survivable Branch Appliances'),
      }),
    ]);
  });
});

describe('CAP-CONF-CONCURRENCY', () => {
  it('80,000 users on a pool: about 4,000 in conferences at once, and 125 others beside a 250-person meeting', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    b.users(site, pool, 80_000);
    const empty = b.frontEnd(site, 3);
    const findings = of(b, 'CAP-CONF-CONCURRENCY');
    expect(findings).toEqual([expect.objectContaining({ severity: 'info', subjects: [pool], value: 4_000 })]);
    expect(findings[0]!.message).toContain(
      'about 4,000 users in conferences at once (5% of 80,000); during one 250-person meeting it still serves at least 125 others',
    );
    expect(findings.some((f) => f.subjects.includes(empty))).toBe(false);
  });
});
