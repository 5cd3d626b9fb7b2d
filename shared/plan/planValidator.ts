import type { Design } from '../model/design';
import { createValidator, type Validator } from '../validate';
import type { ValidationResult } from '../validation/fullValidation';
import { type PlanStates, planStates } from './planStates';
import { type PlanValidation, planValidationOf } from './validatePlan';

/** A plan validator remembers the last plan design, so the next is checked from what the edit changed. */
export interface PlanValidator {
  validate(design: Design): PlanValidation;
}

interface Remembered {
  design: Design;
  states: PlanStates;
  /** One validator per state position (`start` first), each holding the last validation of the state there. */
  validators: Validator[];
  inPlan: boolean;
  validation: PlanValidation;
}

/**
 * What the canvas validates the open plan design with on every edit. The first design is walked once, state after
 * state, as `validatePlan` does, and a validator is kept for every state position. After an edit, the states the
 * edit cannot have changed (before the first step that is a new object, `planStates`) are the same objects, with
 * the same results; every later state is checked by its position's validator from that position's state before
 * the edit, a small change (a `set` recorded in step k changes states k to n by that one field). The MIG rules run
 * again on the new states. A step added at the end is validated afresh from the state before it; an edit that
 * reaches no rule (layout, meta) gives back the last validation, the same object. Equal to `validatePlan` (the
 * property test says so).
 */
export function createPlanValidator(): PlanValidator {
  let last: Remembered | undefined;
  return {
    validate(design) {
      if (last && sameModel(last.design, design)) {
        last = { ...last, design };
        return last.validation;
      }
      try {
        last = last ? revalidate(last, design) : walk(design);
      } catch (error) {
        // A validator that failed half-way may hold a half-made state: start afresh next time.
        last = undefined;
        throw error;
      }
      return last.validation;
    },
  };
}

const inPlanOf = (design: Design) => (design.migration?.steps.length ?? 0) > 0;

/** Every state in plan order through one validator, forking it at each state: what the first design gets. */
function walk(design: Design): Remembered {
  const states = planStates(design);
  const inPlan = inPlanOf(design);
  const validator = createValidator({ inPlan });
  const validators: Validator[] = [];
  const results: ValidationResult[] = [];
  for (let i = 0; i < states.ids.length; i++) {
    results.push(validator.validate(states.stateAt(i - 1)));
    validators.push(validator.fork());
  }
  return { design, states, validators, inPlan, validation: planValidationOf(design, states, results) };
}

function revalidate(last: Remembered, design: Design): Remembered {
  const inPlan = inPlanOf(design);
  // A plan that gains its first step or loses its last is judged otherwise (RuleContext.inPlan): afresh.
  if (inPlan !== last.inPlan) return walk(design);
  const states = planStates(design, last);
  const validators: Validator[] = [];
  const results: ValidationResult[] = [];
  for (let i = 0; i < states.ids.length; i++) {
    const state = states.stateAt(i - 1);
    // A position the plan did not have: from the validator of the state before it, which this state follows.
    const validator = last.validators[i] ?? validators[i - 1]!.fork();
    results.push(validator.validate(state));
    validators.push(validator);
  }
  return { design, states, validators, inPlan, validation: planValidationOf(design, states, results) };
}

/** Nothing any rule reads has changed: the same entities, settings and plan (layout and meta are not read). */
function sameModel(a: Design, b: Design): boolean {
  return (
    a.migration === b.migration &&
    a.settings === b.settings &&
    a.sites === b.sites &&
    a.pools === b.pools &&
    a.servers === b.servers &&
    a.userGroups === b.userGroups &&
    a.links === b.links &&
    a.associations === b.associations
  );
}
