import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

function pool(total: number, running: number, users = 0) {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const id = b.frontEnd(site, running);
  b.servers(id, total - running, { running: false });
  if (users > 0) b.users(site, id, users);
  return {
    id,
    findings: validate(b.design).findings.filter(
      (f) => f.subjects[0] === id && (f.rule.startsWith('TOPO-FE') || f.rule.startsWith('CAP-FE')),
    ),
  };
}

describe('TOPO-FE-QUORUM (examples.md CAP-18)', () => {
  it('B: an 8-server pool with 3 running loses pool quorum (any 4 of the first 7)', () => {
    const { findings } = pool(8, 3);
    expect(findings.filter((f) => f.rule === 'TOPO-FE-QUORUM')).toEqual([
      expect.objectContaining({ severity: 'error', value: 3, limit: 4 }),
    ]);
  });

  it('C: a 12-server pool with 9 running keeps working but cannot start (it needs 10)', () => {
    const { findings } = pool(12, 9);
    expect(findings.filter((f) => f.rule === 'TOPO-FE-QUORUM')).toEqual([
      expect.objectContaining({ severity: 'warning', value: 9, limit: 10 }),
    ]);
  });

  it('counts "any 5 of the first 9" among the first 9 servers only', () => {
    const b = new DesignBuilder();
    const id = b.frontEnd(b.site('Central'), 0);
    b.servers(id, 5, { running: false });
    b.servers(id, 7);
    const quorum = validate(b.design).findings.filter((f) => f.rule === 'TOPO-FE-QUORUM');
    expect(quorum).toEqual([expect.objectContaining({ severity: 'error', value: 4, limit: 5 })]);
  });

  it('passes a full 12-server pool', () => {
    expect(pool(12, 12).findings).toEqual([]);
  });
});

describe('TOPO-FE-QUORUM and Lync Server 2010 pools', () => {
  it('does not apply the 2013 quorum table to a 2010 pool', () => {
    const b = new DesignBuilder();
    const id = b.frontEnd(b.site('Central'), 3);
    b.servers(id, 5, { running: false });
    const of = () => validate(b.design).findings.filter((f) => f.rule === 'TOPO-FE-QUORUM');
    expect(of()).toHaveLength(1);
    b.legacy(id);
    expect(of()).toEqual([]);
  });
});
