import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

function pool(servers: number, users: number, version: 2013 | 2010 = 2013) {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const id = b.frontEnd(site, servers);
  if (version === 2010) b.legacy(id);
  b.users(site, id, users);
  return validate(b.design).findings.filter((f) => f.rule === 'CAP-FE-USERS-N-1');
}

describe('CAP-FE-USERS-N-1 (examples.md CAP-05)', () => {
  it('A: 30,000 users on 5 servers: 7,500 each with one down is a warning', () => {
    expect(pool(5, 30_000)).toEqual([expect.objectContaining({ severity: 'warning', value: 7_500, limit: 6_667 })]);
    expect(pool(5, 30_000)[0]!.message).toContain('the other 4 carry 7,500 users each');
  });

  it('says "the other one carries" when a two-server pool loses one', () => {
    expect(pool(2, 8_000)[0]!.message).toBe(
      'If one of the 2 servers of Front End pool frontend2.contoso.com fails, the other one carries 8,000 users each, above 6,667. Add a server so the pool survives a failure at full load.',
    );
  });

  it('B: 30,000 users on 6 servers: 6,000 each with one down passes', () => {
    expect(pool(6, 30_000)).toEqual([]);
  });

  it('leaves single-server pools to TOPO-FE-MIN-3', () => {
    expect(pool(1, 5_000)).toEqual([]);
  });
});

describe('CAP-FE-USERS-N-1 on a Lync Server 2010 pool: 1 Front End per 10,000 users, plus 1', () => {
  it('25,000 users on 4 servers pass, where 2013 sizing (8,334 each with one down) would warn', () => {
    expect(pool(4, 25_000)).toEqual([expect.objectContaining({ value: 8_334, limit: 6_667 })]);
    expect(pool(4, 25_000, 2010)).toEqual([]);
  });

  it('20,000 users on 2 servers need 3, citing the 2010 page; one server with users needs its spare', () => {
    expect(pool(2, 20_000, 2010)).toEqual([
      expect.objectContaining({ severity: 'warning', value: 2, limit: 3, source: SOURCES.lync2010CapacityUserModels }),
    ]);
    expect(pool(2, 20_000, 2010)[0]!.message).toBe(
      'Front End pool frontend2.contoso.com homes 20,000 users on 2 running servers; Lync Server 2010 plans one Front End server per 10,000 users plus 1 so the pool keeps its performance when one is unavailable: it needs 3.',
    );
    expect(pool(1, 9_000, 2010)).toEqual([expect.objectContaining({ value: 1, limit: 2 })]);
  });
});
