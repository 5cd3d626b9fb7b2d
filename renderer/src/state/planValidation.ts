import type { Design } from '../../../shared/model/design';
import { type PlanValidation, validatePlan } from '../../../shared/plan/validatePlan';

/**
 * The open design's plan, validated: every state with every rule and every step with the migration rules. The one
 * place the document store asks for it, so that an incremental plan validator can take over here alone.
 */
export function validateOpenPlan(design: Design): PlanValidation {
  return validatePlan(design);
}
