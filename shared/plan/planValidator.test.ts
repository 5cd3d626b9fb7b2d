import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import type { Action, Step } from '../model/migration';
import { designArbitrary } from '../testing/designArbitrary';
import { actionArbitrary, stepsArbitrary } from '../testing/planArbitrary';
import { SIZE_1K, syntheticDesign } from '../testing/syntheticDesign';
import { syntheticPlan } from '../testing/syntheticPlan';
import { createPlanValidator } from './planValidator';
import { type PlanValidation, validatePlan } from './validatePlan';

/** What a reader of a plan's validation sees: every state's findings and figures, the transitions, the whole list. */
function expectSame(actual: PlanValidation, expected: PlanValidation): void {
  expect(actual.states.ids).toEqual(expected.states.ids);
  for (const id of expected.states.ids) {
    expect(actual.byState.get(id)!.findings, `findings of ${id}`).toEqual(expected.byState.get(id)!.findings);
    expect(actual.byState.get(id)!.figures, `figures of ${id}`).toEqual(expected.byState.get(id)!.figures);
  }
  expect(actual.transitions).toEqual(expected.transitions);
  expect(actual.findings).toEqual(expected.findings);
}

type Plan = Design & { migration: { steps: Step[] } };

/** One edit of a plan design, as the canvas and the timeline make them. */
type Edit =
  | { kind: 'record'; step: number; action: Action }
  | { kind: 'count'; group: number; count: number }
  | { kind: 'addStep'; at: number; actions: Action[] }
  | { kind: 'deleteStep'; step: number }
  | { kind: 'moveStep'; step: number; to: number }
  | { kind: 'rename'; step: number }
  | { kind: 'layout' };

function editArbitrary(design: Design): fc.Arbitrary<Edit> {
  const action = actionArbitrary(design);
  const edits: Array<fc.Arbitrary<Edit>> = [
    fc.record({ kind: fc.constant('record' as const), step: fc.nat(), action }),
    fc.record({ kind: fc.constant('addStep' as const), at: fc.nat(), actions: fc.array(action, { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('deleteStep' as const), step: fc.nat() }),
    fc.record({ kind: fc.constant('moveStep' as const), step: fc.nat(), to: fc.nat() }),
    fc.record({ kind: fc.constant('rename' as const), step: fc.nat() }),
    fc.constant({ kind: 'layout' as const }),
  ];
  if (design.userGroups.length > 0)
    edits.push(
      fc.record({ kind: fc.constant('count' as const), group: fc.nat(), count: fc.integer({ min: 0, max: 90_000 }) }),
    );
  return fc.oneof(...edits);
}

let added = 0;
function applyEdit(plan: Plan, edit: Edit): Plan {
  const steps = plan.migration.steps;
  const at = (n: number) => n % Math.max(1, steps.length);
  const withSteps = (next: Step[]): Plan => ({ ...plan, migration: { ...plan.migration, steps: next } });
  switch (edit.kind) {
    case 'record': {
      if (steps.length === 0) return plan;
      const next = steps.slice();
      const step = next[at(edit.step)]!;
      next[at(edit.step)] = { ...step, actions: [...step.actions, edit.action] };
      return withSteps(next);
    }
    case 'count': {
      const userGroups = plan.userGroups.slice();
      const i = edit.group % userGroups.length;
      userGroups[i] = { ...userGroups[i]!, count: edit.count };
      return { ...plan, userGroups };
    }
    case 'addStep': {
      const next = steps.slice();
      next.splice(edit.at % (steps.length + 1), 0, {
        id: `new${added++}`,
        phase: 3,
        name: 'Added',
        actions: edit.actions,
      });
      return withSteps(next);
    }
    case 'deleteStep': {
      if (steps.length === 0) return plan;
      // An `add` goes with its step: what it added is then in `start`, as the file keeps every entity.
      return withSteps(steps.filter((_step, i) => i !== at(edit.step)));
    }
    case 'moveStep': {
      if (steps.length === 0) return plan;
      const next = steps.slice();
      const [moved] = next.splice(at(edit.step), 1);
      next.splice(edit.to % (next.length + 1), 0, moved!);
      return withSteps(next);
    }
    case 'rename': {
      if (steps.length === 0) return plan;
      const next = steps.slice();
      next[at(edit.step)] = { ...next[at(edit.step)]!, name: `Renamed ${added++}` };
      return withSteps(next);
    }
    case 'layout':
      return { ...plan, meta: { ...plan.meta, name: `${plan.meta.name} (moved)` }, layout: { nodes: {} } };
  }
}

describe('the plan validator the canvas validates the open plan with', () => {
  it('after any sequence of plan edits, gives exactly what validatePlan gives for the design', () => {
    fc.assert(
      fc.property(
        designArbitrary().chain((estate) =>
          fc.tuple(fc.constant(estate), stepsArbitrary(estate), fc.array(editArbitrary(estate), { maxLength: 6 })),
        ),
        ([estate, steps, edits]) => {
          const { waivers: _waivers, ...design } = estate;
          let plan: Plan = { ...design, migration: { steps } };
          const validator = createPlanValidator();
          expectSame(validator.validate(plan), validatePlan(plan));
          for (const edit of edits) {
            plan = applyEdit(plan, edit);
            expectSame(validator.validate(plan), validatePlan(plan));
          }
        },
      ),
      { numRuns: 200 },
    );
    // Hundreds of plans, each validated several times in full: a bound on hanging, not a speed check.
  }, 120_000);

  it('keeps the states before an edit in step k, with their results, and checks the later ones anew', () => {
    let plan = syntheticPlan(syntheticDesign(SIZE_1K)) as Plan;
    const validator = createPlanValidator();
    const before = validator.validate(plan);
    // A user-count edit in the state of step 5, recorded in the plan as a `set` of that step.
    const group = plan.userGroups.find((g) => g.homePoolId === 'mig-fe2013') ?? plan.userGroups[0]!;
    plan = applyEdit(plan, { kind: 'record', step: 4, action: { op: 'set', id: group.id, fields: { count: 9_999 } } });
    const after = validator.validate(plan);
    expectSame(after, validatePlan(plan));
    for (let k = -1; k < 4; k++) {
      expect(after.states.stateAt(k), `state ${k}`).toBe(before.states.stateAt(k));
      expect(after.byState.get(after.states.ids[k + 1]!), `result ${k}`).toBe(
        before.byState.get(before.states.ids[k + 1]!),
      );
    }
    for (let k = 4; k < plan.migration.steps.length; k++)
      expect(after.states.stateAt(k).userGroups.find((g) => g.id === group.id)!.count).toBe(9_999);
  });

  it('follows a count edit in a state whose association names a pool a step removed', () => {
    // Found by the property above: the group edit path judged the pool at the far end of every association.
    const estate = syntheticDesign(SIZE_1K);
    const fe = estate.pools.find((pool) => pool.role === 'frontEnd')!;
    const share = estate.pools.find((pool) => pool.role === 'fileStore' && pool.siteId === fe.siteId)!;
    const group = estate.userGroups.find((g) => g.homePoolId === fe.id)!;
    const dangling = { id: 'late-fs', kind: 'fileStore' as const, from: fe.id, to: share.id };
    let plan: Plan = {
      ...estate,
      associations: [...estate.associations, dangling],
      migration: {
        steps: [
          { id: 'st1', phase: 8, name: 'Remove the file store', actions: [{ op: 'remove', ids: [share.id] }] },
          { id: 'st2', phase: 8, name: 'Associate it again', actions: [{ op: 'add', ids: [dangling.id] }] },
        ],
      },
    };
    const validator = createPlanValidator();
    validator.validate(plan);
    plan = applyEdit(plan, { kind: 'count', group: plan.userGroups.indexOf(group), count: group.count + 1 });
    expectSame(validator.validate(plan), validatePlan(plan));
  });

  it('gives back the same validation for an edit of the layout or the name only', () => {
    const plan = syntheticPlan(syntheticDesign(SIZE_1K)) as Plan;
    const validator = createPlanValidator();
    const first = validator.validate(plan);
    expect(validator.validate(applyEdit(plan, { kind: 'layout' }))).toBe(first);
  });
});
