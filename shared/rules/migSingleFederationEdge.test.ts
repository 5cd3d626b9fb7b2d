import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';
import { validate } from '../validate';

/** The small migration with a federating 2010 Edge, and a 2013 Edge a step adds with federation (or not). */
function twoEdges(federation: boolean) {
  const { design } = smallMigration();
  const siteId = design.pools[0]!.siteId;
  design.pools.push({
    id: 'edge2010',
    siteId,
    role: 'edge',
    fqdn: 'edge2010.contoso.com',
    version: 2010,
    federation: true,
  });
  design.pools.push({ id: 'edge2013', siteId, role: 'edge', fqdn: 'edge2013.contoso.com', federation });
  design.migration!.steps[2]!.actions.push({ op: 'add', ids: ['edge2013'] });
  return design;
}

const rules = ['MIG-SINGLE-FEDERATION-EDGE', 'TB-FEDERATION-SINGLE-ROUTE'];

describe('MIG-SINGLE-FEDERATION-EDGE', () => {
  it('two federating Edge pools in a state of a plan are one warning, not also an error', () => {
    const findings = validatePlan(twoEdges(true)).findings.filter((f) => rules.includes(f.rule));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'MIG-SINGLE-FEDERATION-EDGE',
        severity: 'warning',
        subjects: ['edge2010', 'edge2013'],
        steps: ['st3', 'st4', 'st5'],
        value: 2,
        limit: 1,
      }),
    ]);
    expect(findings[0]!.message).toContain('only one is the active federation route');
  });

  it("outside a plan the same two Edge pools are TB-FEDERATION-SINGLE-ROUTE's error alone", () => {
    const { migration: _plan, ...design } = twoEdges(true);
    expect(validate(design).findings.filter((f) => rules.includes(f.rule))).toEqual([
      expect.objectContaining({ rule: 'TB-FEDERATION-SINGLE-ROUTE', severity: 'error' }),
    ]);
  });

  it('one federating Edge passes', () => {
    expect(validatePlan(twoEdges(false)).findings.filter((f) => rules.includes(f.rule))).toEqual([]);
  });
});
