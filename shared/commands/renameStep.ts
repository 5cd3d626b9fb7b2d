import type { Design } from '../model/design';
import { checkedStepName, stepIndex, stepsOf, withStep } from './planSteps';

/**
 * Renames a step: `renameStep(design, { stepId, name })`. The name is trimmed; an empty or too long one is refused.
 * The same design when the name does not change.
 */
export function renameStep(design: Design, { stepId, name }: { stepId: string; name: string }): Design {
  const index = stepIndex(design, stepId);
  const step = stepsOf(design)[index]!;
  const checked = checkedStepName(name);
  return checked === step.name ? design : withStep(design, index, { ...step, name: checked });
}
