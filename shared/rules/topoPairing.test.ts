import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

describe('pool pairing (examples.md CAP-13)', () => {
  it('an Enterprise pool of 6 (20,000 users) paired with a Standard Edition server (2,000): unsupported, and the SE cannot absorb the pool', () => {
    const b = new DesignBuilder();
    const siteA = b.site('Site A');
    const siteB = b.site('Site B');
    const ee = b.frontEnd(siteA, 6);
    const se = b.pool(siteB, 'frontEnd', { edition: 'standard', servers: 1, fqdn: 'se01.contoso.com' });
    b.users(siteA, ee, 20_000);
    b.users(siteB, se, 2_000);
    const pair = b.associate('backupPool', ee, se);
    const findings = validate(b.design).findings;
    expect(findings.filter((f) => f.rule === 'TOPO-PAIR-SAME-EDITION')).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [ee, se, pair] }),
    ]);
    expect(findings.filter((f) => f.rule === 'TOPO-PAIR-CAPACITY')).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [se, ee, pair], value: 22_000, limit: 5_000 }),
    ]);
  });

  it('two Enterprise pools in different sites, each able to carry both, pass', () => {
    const b = new DesignBuilder();
    const a = b.frontEnd(b.site('A'), 6);
    const c = b.frontEnd(b.site('B'), 6);
    b.users(b.design.sites[0]!.id, a, 20_000);
    b.users(b.design.sites[1]!.id, c, 20_000);
    b.associate('backupPool', a, c);
    expect(
      validate(b.design).findings.filter((f) => f.rule.startsWith('TOPO-PAIR') || f.rule === 'CAP-FE-PAIRED-MAX-USERS'),
    ).toEqual([]);
  });

  it('flags a pair above 40,000 users a pool, a second partner, the same site, physical with virtual, and mixed Back End HA', () => {
    const b = new DesignBuilder();
    const site = b.site('A');
    const a = b.frontEnd(site, 12);
    const c = b.frontEnd(site, 12);
    const d = b.frontEnd(b.site('B'), 12);
    b.users(site, a, 45_000);
    b.associate('backupPool', a, c);
    b.associate('backupPool', a, d);
    for (const server of b.design.servers.filter((s) => s.poolId === c)) server.hardware = { virtual: true };
    const sqlA = b.pool(site, 'backEnd', { servers: 2 });
    const sqlC = b.pool(site, 'backEnd', { servers: 2 });
    (b.design.pools.find((p) => p.id === sqlA) as { ha: string }).ha = 'mirroring';
    (b.design.pools.find((p) => p.id === sqlC) as { ha: string }).ha = 'clustering';
    b.associate('backEnd', a, sqlA);
    b.associate('backEnd', c, sqlC);
    const rules = validate(b.design).findings.map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'CAP-FE-PAIRED-MAX-USERS:error',
        'TOPO-PAIR-ONE-PARTNER:error',
        'TOPO-PAIR-DIFFERENT-SITE:warning',
        'TOPO-PAIR-SAME-EDITION:error',
        'TOPO-PAIR-SAME-BE-HA:warning',
      ]),
    );
  });
});

describe('TOPO-SE-PAIRED-RECOMMENDED (examples.md CAP-07)', () => {
  it('warns for an unpaired Standard Edition server that hosts users', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    b.users(site, se, 6_000);
    const rules = validate(b.design)
      .findings.filter((f) => f.subjects[0] === se && (f.rule === 'CAP-SE-USERS' || f.rule.startsWith('TOPO-SE')))
      .map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(['CAP-SE-USERS:error', 'CAP-SE-USERS:warning', 'TOPO-SE-PAIRED-RECOMMENDED:warning']);
  });
});
