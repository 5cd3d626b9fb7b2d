import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

/** The Front End findings about one Enterprise pool of `servers` servers homing `users`. */
function pool(servers: number, users = 0) {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const id = b.frontEnd(site, servers);
  if (users > 0) b.users(site, id, users);
  return {
    id,
    findings: validate(b.design).findings.filter(
      (f) => f.subjects[0] === id && (f.rule.startsWith('TOPO-FE') || f.rule.startsWith('CAP-FE')),
    ),
  };
}

describe('TOPO-FE-MIN-3 (examples.md CAP-18)', () => {
  it('A: a 2-server pool with 5,000 users is not recommended but has the capacity', () => {
    const { findings } = pool(2, 5_000);
    expect(findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['TOPO-FE-MIN-3:warning']);
    expect(findings[0]).toMatchObject({ value: 2, limit: 3 });
  });

  it('a 1-server pool has no high availability; 3 servers pass', () => {
    const { id, findings } = pool(1);
    expect(findings.filter((f) => f.rule === 'TOPO-FE-MIN-3')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [id], value: 1, limit: 3 }),
    ]);
    expect(pool(3).findings.filter((f) => f.rule === 'TOPO-FE-MIN-3')).toEqual([]);
  });

  it('leaves a pool dedicated to large meetings to its own guidance', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const large = b.pool(site, 'frontEnd', {
      servers: 2,
      extra: { largeMeetings: true, concurrentLargeMeetings: 2 } as never,
    });
    b.users(site, large, 50);
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-FE-MIN-3')).toEqual([]);
  });
});

describe('TOPO-FE-MIN-3 and Lync Server 2010 pools', () => {
  it("does not ask a 2010 pool for the 2013 architecture's three servers", () => {
    const b = new DesignBuilder();
    const id = b.frontEnd(b.site('Central'), 2);
    const of = () => validate(b.design).findings.filter((f) => f.rule === 'TOPO-FE-MIN-3');
    expect(of()).toHaveLength(1);
    b.legacy(id);
    expect(of()).toEqual([]);
  });
});
