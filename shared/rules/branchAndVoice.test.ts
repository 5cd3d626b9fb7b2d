import { describe, expect, it } from 'vitest';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('branches', () => {
  it('TB-SBA-BACKUP-REGISTRAR: none, the wrong central site, or another version', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const paris = b.site('Paris');
    const austin = b.site('Austin', 'branch', dallas);
    const lone = b.pool(austin, 'sba', { servers: 1 });
    const wrongSite = b.pool(austin, 'sba', { servers: 1 });
    b.associate('registrar', wrongSite, b.frontEnd(paris, 3));
    const oldSbs = b.pool(austin, 'sbs', { servers: 1, extra: { version: 2010 } as never });
    b.associate('registrar', oldSbs, b.frontEnd(dallas, 3));
    expect(of(b, 'TB-SBA-BACKUP-REGISTRAR').map((f) => [f.subjects[0], f.message])).toEqual(
      expect.arrayContaining([
        [lone, expect.stringContaining('has no backup registrar')],
        [wrongSite, expect.stringContaining('in its own central site (Dallas)')],
        [oldSbs, expect.stringContaining('must be of the same version')],
      ]),
    );
    expect(of(b, 'TB-SBA-BACKUP-REGISTRAR')).toHaveLength(3);
  });

  it('CAP-BRANCH-MAX-SBA: three SBAs at one branch is an error', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    for (let i = 0; i < 3; i++) b.pool(branch, 'sba', { servers: 1 });
    expect(of(b, 'CAP-BRANCH-MAX-SBA')).toEqual([expect.objectContaining({ severity: 'error', value: 3, limit: 2 })]);
  });

  it('CAP-SBA-USERS, CAP-SBS-USERS and CAP-BRANCH-MIN-USERS', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const tiny = b.site('Tiny', 'branch', dallas);
    const big = b.site('Big', 'branch', dallas);
    const sbaTiny = b.pool(tiny, 'sba', { servers: 1 });
    const sbaBig = b.pool(big, 'sba', { servers: 1 });
    const sbs = b.pool(big, 'sbs', { servers: 1 });
    b.users(tiny, sbaTiny, 10);
    b.users(big, sbaBig, 1_500);
    b.users(big, sbs, 6_000);
    expect(of(b, 'CAP-SBA-USERS').map((f) => [f.subjects[0], f.limit])).toEqual([
      [sbaTiny, 25],
      [sbaBig, 1_000],
    ]);
    expect(of(b, 'CAP-SBS-USERS')).toEqual([expect.objectContaining({ subjects: [sbs], value: 6_000, limit: 5_000 })]);
    expect(of(b, 'CAP-BRANCH-MIN-USERS')).toEqual([
      expect.objectContaining({ severity: 'info', subjects: [tiny], value: 10, limit: 25 }),
    ]);
  });

  it('TOPO-BRANCH-CONTENTS and TOPO-BRANCH-NO-MEDIATION-WITH-BYPASS', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const edge = b.pool(branch, 'edge', { servers: 2 });
    b.pool(branch, 'pstnGateway', { servers: 1, extra: { mediaBypass: true } as never });
    b.pool(branch, 'mediation', { servers: 1 });
    expect(of(b, 'TOPO-BRANCH-CONTENTS').map((f) => f.subjects[0])).toEqual([edge]);
    expect(of(b, 'TOPO-BRANCH-NO-MEDIATION-WITH-BYPASS')).toEqual([
      expect.objectContaining({ severity: 'info', subjects: [branch] }),
    ]);
  });
});

describe('voice', () => {
  it('CAP-MED-COLLOCATED-CALLS: 6% of 10,000 users is 600 calls, above 3 servers x 150', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 3);
    b.users(site, pool, 10_000);
    expect(of(b, 'CAP-MED-COLLOCATED-CALLS')).toEqual([
      expect.objectContaining({ subjects: [pool], value: 600, limit: 450 }),
    ]);
  });

  it("CAP-MED-STANDALONE-CALLS: calls go to the site's stand-alone pool, at 1,500 per server (1,100 without hyper-threading)", () => {
    const b = new DesignBuilder('Voice', { traffic: { ...NO_TRAFFIC, pstnPercent: 10 } });
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    const mediation = b.pool(site, 'mediation', { servers: 2 });
    b.design.servers.filter((s) => s.poolId === mediation)[0]!.hardware = { hyperThreading: false };
    b.users(site, pool, 30_000);
    expect(of(b, 'CAP-MED-STANDALONE-CALLS')).toEqual([
      expect.objectContaining({ subjects: [mediation], value: 3_000, limit: 2_600 }),
    ]);
    expect(of(b, 'CAP-MED-COLLOCATED-CALLS')).toEqual([]);
  });

  it('TB-TRUNK-ENDPOINTS: a gateway without a trunk is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const gateway = b.pool(site, 'pstnGateway', { servers: 1 });
    expect(of(b, 'TB-TRUNK-ENDPOINTS')).toHaveLength(1);
    b.associate('pstnGateway', b.pool(site, 'mediation', { servers: 2 }), gateway);
    expect(of(b, 'TB-TRUNK-ENDPOINTS')).toEqual([]);
  });

  it('TB-CAC-ONE-POOL-PER-CENTRAL-SITE: a policy on a link needs one CAC pool in the central site, and two are too many', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const pool = b.frontEnd(dallas, 3);
    b.link(b.site('Austin', 'branch', dallas), dallas, 2_048, {
      cac: { audioLimitKbps: 800, audioSessionLimitKbps: 175, videoLimitKbps: 500, videoSessionLimitKbps: 700 },
    });
    expect(of(b, 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE')).toEqual([
      expect.objectContaining({ subjects: [dallas], value: 0, limit: 1 }),
    ]);
    (b.design.pools.find((p) => p.id === pool) as { callAdmissionControl?: boolean }).callAdmissionControl = true;
    expect(of(b, 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE')).toEqual([]);
    const second = b.frontEnd(dallas, 3);
    (b.design.pools.find((p) => p.id === second) as { callAdmissionControl?: boolean }).callAdmissionControl = true;
    expect(of(b, 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE')).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
  });
});
