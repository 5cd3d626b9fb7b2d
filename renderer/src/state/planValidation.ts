import type { Design } from '../../../shared/model/design';
import { createPlanValidator } from '../../../shared/plan/planValidator';
import type { PlanValidation } from '../../../shared/plan/validatePlan';

/**
 * One plan validator for the open design (shared/plan/planValidator.ts): an edit in the state of a step re-checks
 * that state and the ones after it, each from its own last result, and the migration rules; the states before the
 * step are kept as they were. The same result as `validatePlan`, which the CLI runs.
 */
const validator = createPlanValidator();

/** The open design's plan, validated: every state with every rule and every step with the migration rules. */
export function validateOpenPlan(design: Design): PlanValidation {
  return validator.validate(design);
}
