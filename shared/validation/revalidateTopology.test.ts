import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { planStates } from '../plan/planStates';
import { designArbitrary } from '../testing/designArbitrary';
import { stepsArbitrary } from '../testing/planArbitrary';
import { SIZE_1K, syntheticDesign } from '../testing/syntheticDesign';
import { syntheticPlan } from '../testing/syntheticPlan';
import { createValidator, type ValidationResult } from '../validate';
import { fullValidation } from './fullValidation';

/** Every state of the plan through one validator, in plan order, as `validatePlan` does. */
function validateInOrder(design: Design): Array<{ state: Design; result: ValidationResult }> {
  const states = planStates(design);
  const validator = createValidator({ inPlan: true });
  return states.ids.map((_id, i) => {
    const state = states.stateAt(i - 1);
    return { state, result: validator.validate(state) };
  });
}

function expectAsFresh(state: Design, result: ValidationResult): void {
  const fresh = fullValidation(state, { inPlan: true }).result;
  expect(result.findings).toEqual(fresh.findings);
  expect(result.figures).toEqual(fresh.figures);
}

describe('the validation of each state of a plan from the state before it', () => {
  it('gives what a fresh validation gives in every state of the synthetic 10-step plan on the 1k estate', () => {
    for (const { state, result } of validateInOrder(syntheticPlan(syntheticDesign(SIZE_1K))))
      expectAsFresh(state, result);
  });

  it('follows each step from the state before it: what a step does not touch keeps its findings', () => {
    const results = validateInOrder(syntheticPlan(syntheticDesign(SIZE_1K))).map(({ result }) => result);
    for (let k = 1; k < results.length; k++) {
      const before = new Set(results[k - 1]!.findings);
      // A fresh validation makes every finding anew; a step of this plan changes a few of some 270.
      const kept = results[k]!.findings.filter((finding) => before.has(finding)).length;
      expect(kept, `state ${k}`).toBeGreaterThan(results[k]!.findings.length * 0.9);
    }
  });

  it('gives what a fresh validation gives in every state of random plans on small designs', () => {
    fc.assert(
      fc.property(
        designArbitrary().chain((design) => fc.tuple(fc.constant(design), stepsArbitrary(design))),
        ([estate, steps]) => {
          const { waivers: _waivers, ...design } = estate;
          const plan = { ...design, migration: { steps } };
          // Every drawn plan is one the format accepts, including those whose states hold a server whose pool a step
          // removed before adding the server (planReferences.ts checks ids, not states): each state validates.
          for (const { state, result } of validateInOrder(plan)) expectAsFresh(state, result);
        },
      ),
      { numRuns: 300 },
    );
    // 300 plans of several states each: seconds of work, more on a busy machine (a bound on hanging, not a speed check).
  }, 60_000);
});
