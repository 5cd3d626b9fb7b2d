import type { Design } from '../model/design';
import { checkedLegacyPool, stepIndex, stepsOf, withStep } from './planSteps';

/**
 * Which 2010 pool's migration a step belongs to: `setStepLegacyPool(design, { stepId, legacyPoolId })`; `undefined`
 * clears it. The pool must be one of the file's (of any state).
 */
export function setStepLegacyPool(
  design: Design,
  { stepId, legacyPoolId }: { stepId: string; legacyPoolId: string | undefined },
): Design {
  const index = stepIndex(design, stepId);
  const step = stepsOf(design)[index]!;
  if (legacyPoolId === step.legacyPoolId) return design;
  const { legacyPoolId: _old, ...rest } = step;
  if (legacyPoolId === undefined) return withStep(design, index, rest);
  return withStep(design, index, { ...step, legacyPoolId: checkedLegacyPool(design, legacyPoolId) });
}
