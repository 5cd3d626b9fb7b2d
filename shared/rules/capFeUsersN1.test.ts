import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

function pool(servers: number, users: number) {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const id = b.frontEnd(site, servers);
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
