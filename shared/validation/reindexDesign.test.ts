import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DesignIndex, indexDesign, reindexDesign } from '../analysis/designIndex';
import type { Design } from '../model/design';
import { planStates } from '../plan/planStates';
import { designArbitrary } from '../testing/designArbitrary';
import { stepsArbitrary } from '../testing/planArbitrary';
import { SIZE_1K, syntheticDesign } from '../testing/syntheticDesign';
import { syntheticPlan } from '../testing/syntheticPlan';
import { topologyChanges } from './topologyChanges';

/** Every lookup of an index with its maps and sets as lists, in their order: what the rules see when they iterate. */
const inOrder = (index: DesignIndex) =>
  Object.fromEntries(
    Object.entries(index).map(([key, value]) => [
      key,
      value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value,
    ]),
  );

/** Each state of the plan indexed from the index of the state before it (patched where the step allows) and afresh. */
function expectReindexedAsFresh(plan: Design): void {
  const states = planStates(plan);
  let index = indexDesign(states.stateAt(-1));
  for (let k = 0; k < states.steps.length; k++) {
    const before = states.stateAt(k - 1);
    const after = states.stateAt(k);
    const changes = topologyChanges(before, after);
    const fresh = indexDesign(after);
    if (changes) {
      const reindexed = reindexDesign(index, before, after, { ...changes.edited, reordered: changes.reordered });
      expect(inOrder(reindexed), `state after step ${k}`).toEqual(inOrder(fresh));
    }
    index = fresh;
  }
}

describe('reindexDesign with what a step changed', () => {
  it('gives the lookups a fresh index gives, in the same order, in every state of the synthetic plan', () => {
    // Adds, sets, hosted objects and the CMS moved, a link upgraded (patched), pools removed (indexed afresh).
    expectReindexedAsFresh(syntheticPlan(syntheticDesign(SIZE_1K)));
  });

  it('gives the lookups a fresh index gives in every state of random plans on small designs', () => {
    fc.assert(
      fc.property(
        designArbitrary().chain((design) => fc.tuple(fc.constant(design), stepsArbitrary(design))),
        ([estate, steps]) => {
          const { waivers: _waivers, ...design } = estate;
          expectReindexedAsFresh({ ...design, migration: { steps } });
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
