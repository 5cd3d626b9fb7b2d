import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

function poolWith(servers: number, users: number, down = 0) {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const pool = b.frontEnd(site, servers - down);
  b.servers(pool, down, { running: false });
  b.users(site, pool, users);
  const result = validate(b.design);
  return { pool, result, findings: result.findings.filter((f) => f.rule === 'CAP-FE-USERS-PER-SERVER') };
}

describe('CAP-FE-USERS-PER-SERVER', () => {
  it.each([
    // The documented designs must pass (examples.md convention; capacity.md section 6 item 1).
    [12, 80_000],
    [3, 20_000],
    [6, 40_000],
    [2, 5_000],
  ])('passes %i servers for %i users', (servers, users) => {
    expect(poolWith(servers, users).findings).toEqual([]);
  });

  it('warns when the users need more servers than the pool has', () => {
    const { pool, findings, result } = poolWith(7, 50_000);
    expect(result.figures.pools.get(pool)?.requiredServers).toBe(8);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', subjects: [pool], value: 7, limit: 8 })]);
    expect(findings[0]!.message).toBe(
      'Front End pool frontend2.contoso.com homes 50,000 users on 7 servers; at 6,667 users per Front End server it needs 8.',
    );
  });

  it('counts only running servers when some are marked down', () => {
    const { findings } = poolWith(3, 20_000, 1);
    expect(findings).toEqual([expect.objectContaining({ value: 2, limit: 3 })]);
    expect(findings[0]!.message).toContain('2 running servers (1 down)');
  });

  it('says plainly when an empty pool has no servers yet', () => {
    const b = new DesignBuilder();
    const pool = b.frontEnd(b.site('Central'), 0);
    const findings = validate(b.design).findings.filter((f) => f.rule === 'CAP-FE-USERS-PER-SERVER');
    expect(findings).toEqual([expect.objectContaining({ subjects: [pool], value: 0, limit: 1 })]);
    expect(findings[0]!.message).toBe(
      'Front End pool frontend2.contoso.com has no running Front End servers; a pool needs at least one.',
    );
  });

  it('reports the load a pool shows on the canvas', () => {
    const { pool, result } = poolWith(12, 52_000);
    expect(result.figures.pools.get(pool)).toMatchObject({
      users: 52_000,
      servers: 12,
      capacityUsers: 80_000,
      loadPercent: 65,
    });
  });
});

describe('CAP-FE-USERS-PER-SERVER on a Lync Server 2010 pool: 10,000 users per Front End', () => {
  function legacyPool(servers: number, users: number) {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const pool = b.legacy(b.frontEnd(site, servers));
    b.users(site, pool, users);
    const result = validate(b.design);
    return { pool, result, findings: result.findings.filter((f) => f.rule === 'CAP-FE-USERS-PER-SERVER') };
  }

  it('9,000 users on one server pass, where 6,667 per server would ask for 2', () => {
    const { pool, result, findings } = legacyPool(1, 9_000);
    expect(findings).toEqual([]);
    expect(result.figures.pools.get(pool)).toMatchObject({
      requiredServers: 1,
      capacityUsers: 10_000,
      loadPercent: 90,
    });
  });

  it('25,000 users on 2 servers need 3, and the finding cites the 2010 page', () => {
    const { pool, result, findings } = legacyPool(2, 25_000);
    expect(result.figures.pools.get(pool)?.requiredServers).toBe(3);
    expect(findings).toEqual([
      expect.objectContaining({ subjects: [pool], value: 2, limit: 3, source: SOURCES.lync2010CapacityUserModels }),
    ]);
    expect(findings[0]!.message).toBe(
      'Front End pool frontend2.contoso.com homes 25,000 users on 2 servers; at 10,000 users per Lync Server 2010 Front End server it needs 3.',
    );
  });
});
