import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/plan/validatePlan';
import { fabrikamMistakes } from '../../../shared/samples/fabrikamMistakes';
import { focusOf, otherStatesNote } from './findingStates';

const plan = validatePlan(fabrikamMistakes());
const decommission = plan.findings.find(
  (finding) => finding.rule === 'MIG-CMS-MOVED-BEFORE-DECOM' && finding.steps.includes('dal-8-decommission'),
)!;

describe('a finding of another state', () => {
  it('says which states it holds in, by step number and name', () => {
    const index = plan.states.indexOf('dal-8-decommission')!;
    expect(otherStatesNote(decommission, plan.states, 'start')).toBe(
      `In step ${index + 1} — ${plan.states.steps[index]!.name}`,
    );
    expect(otherStatesNote(decommission, plan.states, 'dal-8-decommission')).toBeUndefined();
  });

  it('is shown by selecting its state first, then its first entity (not the step a transition finding names)', () => {
    expect(focusOf(decommission, plan.states, 'start')).toEqual({ state: 'dal-8-decommission', subject: 'fe2010-dal' });
    expect(focusOf(decommission, plan.states, 'dal-8-decommission')).toEqual({ subject: 'fe2010-dal' });
  });
});
