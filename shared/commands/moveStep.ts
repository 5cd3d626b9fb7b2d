import type { Design } from '../model/design';
import { stepIndex, stepsOf, withSteps } from './planSteps';

/**
 * Moves a step to another place in the plan: `moveStep(design, { stepId, index })`, where `index` is the step's place
 * afterwards (0 first). An index past either end is taken as that end, so Alt+Up on the first step is no change: the
 * same design. The actions move with the step; what that breaks (users moved before their pool is added) is a finding.
 */
export function moveStep(design: Design, { stepId, index }: { stepId: string; index: number }): Design {
  const from = stepIndex(design, stepId);
  const steps = stepsOf(design);
  const to = Math.min(Math.max(Math.trunc(index), 0), steps.length - 1);
  if (to === from || Number.isNaN(to)) return design;
  const next = steps.slice();
  const [step] = next.splice(from, 1);
  next.splice(to, 0, step!);
  return withSteps(design, next);
}
