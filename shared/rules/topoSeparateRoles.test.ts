import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

/** A computer in two roles: a server of the second pool with the same FQDN as one of the first. */
function collocate(b: DesignBuilder, first: string, second: string): string {
  const fqdn = b.design.servers.find((s) => s.poolId === first)!.fqdn;
  const [id] = b.servers(second, 1);
  b.design.servers.find((s) => s.id === id)!.fqdn = fqdn;
  return id!;
}

describe('Persistent Chat capacity and collocation (examples.md CAP-21)', () => {
  it('A: 5 active servers in a Persistent Chat pool is an error (at most 4)', () => {
    const b = new DesignBuilder();
    const chat = b.pool(b.site('Central'), 'persistentChat', { servers: 5 });
    expect(validate(b.design).findings.filter((f) => f.rule === 'CAP-PCHAT-ACTIVE-SERVERS')).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [chat], value: 5, limit: 4 }),
    ]);
  });

  it('B: 4 active + 4 standby with 85,000 concurrent users is a warning (80,000)', () => {
    const b = new DesignBuilder();
    const chat = b.pool(b.site('Central'), 'persistentChat', {
      servers: 4,
      extra: { concurrentUsers: 85_000 } as never,
    });
    for (const id of b.servers(chat, 4)) b.design.servers.find((s) => s.id === id)!.standby = true;
    const findings = validate(b.design).findings;
    expect(findings.filter((f) => f.rule === 'CAP-PCHAT-ACTIVE-SERVERS')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'CAP-PCHAT-USERS')).toEqual([
      expect.objectContaining({ severity: 'warning', value: 85_000, limit: 80_000 }),
    ]);
  });

  it('C: Persistent Chat on an Enterprise Front End server is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const fe = b.frontEnd(site, 3);
    const chat = b.pool(site, 'persistentChat');
    collocate(b, fe, chat);
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-SEPARATE-ROLES')).toEqual([
      expect.objectContaining({ severity: 'error' }),
    ]);
  });

  it('D: Persistent Chat on a Standard Edition server is allowed, with a proof-of-concept warning', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    const chat = b.pool(site, 'persistentChat');
    collocate(b, se, chat);
    const rules = validate(b.design).findings.map((f) => f.rule);
    expect(rules).toContain('TOPO-PCHAT-SE-POC');
    expect(rules).not.toContain('TOPO-SEPARATE-ROLES');
  });

  it('a file store on a Front End server is refused; on a SQL store it is fine', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const fe = b.frontEnd(site, 3);
    const sql = b.pool(site, 'backEnd', { servers: 1 });
    const share = b.pool(site, 'fileStore');
    collocate(b, fe, share);
    expect(validate(b.design).findings.filter((f) => f.rule === 'TB-FILESTORE-NOT-ON-FE')).toHaveLength(1);
    const other = b.pool(site, 'fileStore');
    collocate(b, sql, other);
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-SEPARATE-ROLES')).toEqual([]);
  });
});
