import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('pool dependencies', () => {
  it('TOPO-POOL-NEEDS-SQL: an Enterprise pool without a Back End is an error; with one it passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const bare = b.frontEnd(site, 3);
    const good = b.wellFormedFrontEnd(site, 3);
    expect(of(b, 'TOPO-POOL-NEEDS-SQL').map((f) => f.subjects[0])).toEqual([bare]);
    expect(of(b, 'TOPO-POOL-NEEDS-SQL').some((f) => f.subjects[0] === good)).toBe(false);
  });

  it('TOPO-POOL-NEEDS-FILESTORE: no file store, or one in another site, is an error', () => {
    const b = new DesignBuilder();
    const here = b.site('Here');
    const there = b.site('There');
    const none = b.frontEnd(here, 3);
    const far = b.frontEnd(here, 3);
    b.associate('fileStore', far, b.pool(there, 'fileStore', { servers: 1 }));
    const messages = of(b, 'TOPO-POOL-NEEDS-FILESTORE').map((f) => [f.subjects[0], f.message]);
    expect(messages).toEqual([
      [none, expect.stringContaining('has no file store')],
      [far, expect.stringContaining('in another site')],
    ]);
  });

  it('TOPO-CMS-ONE: none, or two, hosting the Central Management store is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.frontEnd(site, 3);
    expect(of(b, 'TOPO-CMS-ONE')).toEqual([expect.objectContaining({ value: 0, limit: 1 })]);
    for (const pool of b.design.pools) if (pool.role === 'frontEnd') pool.hostsCms = true;
    b.frontEnd(site, 3);
    for (const pool of b.design.pools) if (pool.role === 'frontEnd') pool.hostsCms = true;
    expect(of(b, 'TOPO-CMS-ONE')).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
  });

  it('TOPO-EDGE-NEXT-HOP: an Edge pool needs a next hop', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const edge = b.pool(site, 'edge', { servers: 2 });
    expect(of(b, 'TOPO-EDGE-NEXT-HOP')).toHaveLength(1);
    b.associate('edgeNextHop', edge, b.frontEnd(site, 3));
    expect(of(b, 'TOPO-EDGE-NEXT-HOP')).toEqual([]);
  });

  it('TOPO-SQL-ONE-POOL, TOPO-BE-NO-ASYNC-MIRROR, TOPO-SE-SQL-LOCAL and TB-SQL-NOT-SHARED-ACROSS-VERSIONS', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const sql = b.pool(site, 'backEnd', { servers: 2, extra: { ha: 'asyncMirroring' } as never });
    const legacy = b.pool(site, 'frontEnd', { servers: 3, extra: { version: 2010 } as never });
    b.associate('backEnd', b.frontEnd(site, 3), sql);
    b.associate('backEnd', legacy, sql);
    const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    b.associate('backEnd', se, b.pool(site, 'backEnd', { servers: 1 }));
    expect(of(b, 'TOPO-SQL-ONE-POOL')).toEqual([expect.objectContaining({ subjects: [sql], value: 2, limit: 1 })]);
    expect(of(b, 'TOPO-BE-NO-ASYNC-MIRROR')).toEqual([expect.objectContaining({ subjects: [sql] })]);
    expect(of(b, 'TOPO-SE-SQL-LOCAL')).toEqual([expect.objectContaining({ subjects: [se] })]);
    expect(of(b, 'TB-SQL-NOT-SHARED-ACROSS-VERSIONS')).toEqual([expect.objectContaining({ subjects: [legacy] })]);
  });
});

describe('names', () => {
  it('TB-FQDN-UNIQUE: two pools with one FQDN, a server twice in a pool, a server named like another pool', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const a = b.pool(site, 'edge', { servers: 2, fqdn: 'edge.contoso.com' });
    b.pool(site, 'director', { servers: 2, fqdn: 'edge.contoso.com' });
    const [first, second] = b.design.servers.filter((s) => s.poolId === a);
    second!.fqdn = first!.fqdn;
    const fe = b.frontEnd(site, 3);
    b.design.servers.find((s) => s.poolId === fe)!.fqdn = 'edge.contoso.com';
    expect(of(b, 'TB-FQDN-UNIQUE').map((f) => f.message)).toEqual([
      expect.stringContaining('has the same FQDN as'),
      expect.stringContaining('is listed twice in'),
      expect.stringContaining('has the FQDN of'),
    ]);
  });

  it('TB-FQDN-UNIQUE allows a Standard Edition server named like its pool', () => {
    const b = new DesignBuilder();
    const se = b.pool(b.site('Central'), 'frontEnd', { edition: 'standard', servers: 1, fqdn: 'se01.contoso.com' });
    b.design.servers.find((s) => s.poolId === se)!.fqdn = 'se01.contoso.com';
    expect(of(b, 'TB-FQDN-UNIQUE')).toEqual([]);
  });

  it('TB-FQDN-CHARSET: an underscore or a single label is an error; plain names pass', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.pool(site, 'edge', { servers: 0, fqdn: 'edge_01.contoso.com' });
    b.pool(site, 'director', { servers: 0, fqdn: 'director' });
    b.pool(site, 'mediation', { servers: 0, fqdn: 'med-01.contoso.com' });
    expect(of(b, 'TB-FQDN-CHARSET').map((f) => f.message)).toEqual([
      'edge_01.contoso.com: An FQDN cannot contain "_" (use letters, digits and hyphens).',
      'director: Enter a fully qualified name with a domain, such as fe01.contoso.com.',
    ]);
  });
});
