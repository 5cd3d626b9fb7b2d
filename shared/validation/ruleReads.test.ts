import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import type { Action } from '../model/migration';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';
import { fullValidation } from './fullValidation';

/**
 * A design-wide rule that declares what it reads (Rule.reads) keeps its findings through a step that changes none of
 * it. These steps change exactly what such a rule reads, through a plan validated state after state: the state's
 * findings are a fresh validation's, and the rule's finding is there (a field missing from `reads` fails here).
 */
function planWith(extra: (design: Design) => Action[]) {
  const { design, ids } = smallMigration();
  const edge = { id: 'edge1', siteId: design.pools[0]!.siteId, role: 'edge' as const, fqdn: 'edge.contoso.com' };
  const edge2 = { ...edge, id: 'edge2', fqdn: 'edge2.contoso.com' };
  design.pools.push({ ...edge, federation: true }, { ...edge2, federation: false });
  design.servers.push(
    { id: 'edge1-1', poolId: 'edge1', fqdn: 'edge1-1.contoso.com', hardware: { nics: 2 } },
    { id: 'edge1-2', poolId: 'edge1', fqdn: 'edge1-2.contoso.com', hardware: { nics: 2 } },
    { id: 'edge2-1', poolId: 'edge2', fqdn: 'edge2-1.contoso.com', hardware: { nics: 2 } },
    { id: 'edge2-2', poolId: 'edge2', fqdn: 'edge2-2.contoso.com', hardware: { nics: 2 } },
  );
  const steps = design.migration!.steps;
  // Between the users' moves: the states before it give the rules findings to keep, the state after it new ones.
  steps.splice(2, 0, { id: 'edit', phase: 6, name: 'Change what a rule reads', actions: extra(design) });
  return { design, ids };
}

function findingsAfterEdit(design: Design, rule: string) {
  const validation = validatePlan(design);
  for (const [i, id] of validation.states.ids.entries()) {
    const fresh = fullValidation(validation.states.stateAt(i - 1), { inPlan: true }).result;
    expect(validation.byState.get(id)!.findings, `findings of ${id}`).toEqual(fresh.findings);
  }
  const at = (id: string) => validation.byState.get(id)!.findings.filter((f) => f.rule === rule);
  return { before: at('st2'), after: at('edit') };
}

describe('design-wide rules that declare what they read, through the steps of a plan', () => {
  it('TB-FQDN-CHARSET: a step that renames a server to a name with an underscore', () => {
    const { design } = planWith(() => [{ op: 'set', id: 'edge1-1', fields: { fqdn: 'edge_1.contoso.com' } }]);
    const { before, after } = findingsAfterEdit(design, 'TB-FQDN-CHARSET');
    expect(before).toEqual([]);
    expect(after).toEqual([expect.objectContaining({ subjects: ['edge1-1'] })]);
  });

  it('TOPO-EDGE-2-NICS: a step that gives an Edge server one network interface', () => {
    const { design } = planWith(() => [{ op: 'set', id: 'edge2-2', fields: { hardware: { nics: 1 } } }]);
    const { before, after } = findingsAfterEdit(design, 'TOPO-EDGE-2-NICS');
    expect(before).toEqual([]);
    expect(after).toEqual([expect.objectContaining({ subjects: ['edge2-2'], value: 1 })]);
  });

  it('MIG-SINGLE-FEDERATION-EDGE: a step that enables federation on a second Edge pool', () => {
    const { design } = planWith(() => [{ op: 'set', id: 'edge2', fields: { federation: true } }]);
    const { before, after } = findingsAfterEdit(design, 'MIG-SINGLE-FEDERATION-EDGE');
    expect(before).toEqual([]);
    expect(after).toEqual([expect.objectContaining({ subjects: ['edge1', 'edge2'], value: 2 })]);
  });
});
