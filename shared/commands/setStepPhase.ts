import type { Design } from '../model/design';
import { checkedPhase, stepIndex, stepsOf, withStep } from './planSteps';

/**
 * Puts a step in another phase of the guide: `setStepPhase(design, { stepId, phase })`, phase 1 to 8. The step keeps
 * its place in the plan (a phase out of order is a finding, MIG-PER-POOL-PHASES, not a refusal).
 */
export function setStepPhase(design: Design, { stepId, phase }: { stepId: string; phase: number }): Design {
  const index = stepIndex(design, stepId);
  const step = stepsOf(design)[index]!;
  const checked = checkedPhase(phase);
  return checked === step.phase ? design : withStep(design, index, { ...step, phase: checked });
}
