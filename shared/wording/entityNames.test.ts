import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { describePool, subjectName } from './entityNames';

describe('names of entities in messages and lists', () => {
  const b = new DesignBuilder();
  const redmond = b.site('Redmond');
  const oslo = b.site('Oslo', 'branch', redmond);
  const fe = b.pool(redmond, 'frontEnd', { servers: 2, fqdn: 'pool01.contoso.com' });
  const se = b.pool(redmond, 'frontEnd', { edition: 'standard', fqdn: 'se01.contoso.com' });
  const um = b.pool(redmond, 'exchangeUm', { fqdn: 'um01.contoso.com' });
  const group = b.users(oslo, fe, 800);
  const link = b.link(redmond, oslo, 2_048);
  const { design } = b;
  const pool = (id: string) => design.pools.find((p) => p.id === id)!;

  it('calls a pool by its role as the planning pages do, a Standard Edition server not a pool', () => {
    expect(describePool(pool(fe))).toBe('Front End pool pool01.contoso.com');
    expect(describePool(pool(se))).toBe('Standard Edition server se01.contoso.com');
    expect(describePool(pool(um))).toBe('Exchange UM server um01.contoso.com');
  });

  it('names any subject by id: site, pool, server, link, unnamed group, the design itself', () => {
    const server = design.servers.find((s) => s.poolId === fe)!;
    expect(subjectName(design, redmond)).toBe('Redmond');
    expect(subjectName(design, fe)).toBe('pool01.contoso.com');
    expect(subjectName(design, server.id)).toBe(server.fqdn);
    expect(subjectName(design, link)).toBe('Redmond – Oslo');
    expect(subjectName(design, group)).toBe('800 users at Oslo');
    expect(subjectName(design, undefined)).toBe('(design)');
    expect(subjectName(design, 'gone')).toBe('gone');
  });
});
