import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import type { Action, Step } from '../model/migration';
import { planStates } from '../plan/planStates';
import { designArbitrary } from '../testing/designArbitrary';
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

/** Random steps over a design's entities: every action a plan has, on pools, servers, associations, links, groups. */
function stepsArbitrary(design: Design): fc.Arbitrary<Step[]> {
  const poolIds = design.pools.map((p) => p.id);
  const groupIds = design.userGroups.map((g) => g.id);
  const removable = [...poolIds, ...design.servers.map((s) => s.id), ...design.associations.map((a) => a.id)];
  // Names the design already uses, so that a `set` of a name makes clashes as well as removes them.
  const names = [...design.pools, ...design.servers].map((entity) => entity.fqdn).concat('renamed.contoso.com');
  const actions: Array<fc.Arbitrary<Action>> = [];
  if (removable.length > 0)
    actions.push(
      fc.record({
        op: fc.constant('remove' as const),
        ids: fc.subarray(removable, { minLength: 1, maxLength: Math.min(2, removable.length) }),
      }),
    );
  if (poolIds.length > 0) {
    actions.push(
      fc.record({ op: fc.constant('moveCms' as const), to: fc.constantFrom(...poolIds) }),
      fc.record({
        op: fc.constant('moveHosted' as const),
        from: fc.constantFrom(...poolIds),
        to: fc.constantFrom(...poolIds),
      }),
      fc.record({
        op: fc.constant('set' as const),
        id: fc.constantFrom(...poolIds),
        fields: fc.oneof(
          fc.record({ federation: fc.boolean() }),
          fc.record({ version: fc.constantFrom(2010 as const, 2013 as const) }),
          fc.record({ hosts: fc.record({ dialInNumbers: fc.integer({ min: 0, max: 5 }) }) }),
          fc.record({ siteId: fc.constantFrom(...design.sites.map((s) => s.id)) }),
          fc.record({ mediaBypass: fc.boolean() }),
          fc.record({ edition: fc.constantFrom('enterprise' as const, 'standard' as const) }),
          // What the structural rules read (Rule.reads): a name another entity has, the CMS, call admission control.
          fc.record({ fqdn: fc.constantFrom(...names) }),
          fc.record({ hostsCms: fc.boolean() }),
          fc.record({ callAdmissionControl: fc.boolean() }),
        ),
      }),
    );
    if (groupIds.length > 0)
      actions.push(
        fc.record({
          op: fc.constant('moveUsers' as const),
          groupIds: fc.subarray(groupIds, { minLength: 1 }),
          to: fc.constantFrom(...poolIds),
        }),
      );
  }
  if (design.servers.length > 0)
    actions.push(
      fc.record({
        op: fc.constant('set' as const),
        id: fc.constantFrom(...design.servers.map((s) => s.id)),
        fields: fc.oneof(
          fc.record({ running: fc.boolean() }),
          fc.record({ fqdn: fc.constantFrom(...names) }),
          fc.record({ poolId: fc.constantFrom(...(poolIds.length > 0 ? poolIds : ['none'])) }),
          fc.record({ hardware: fc.record({ nics: fc.integer({ min: 1, max: 3 }) }) }),
        ),
      }),
    );
  if (design.links.length > 0)
    actions.push(
      fc.record({
        op: fc.constant('set' as const),
        id: fc.constantFrom(...design.links.map((l) => l.id)),
        fields: fc.oneof(
          fc.record({ capacityKbps: fc.integer({ min: 1, max: 1_000_000 }) }),
          fc.record({ latencyMs: fc.integer({ min: 0, max: 400 }) }),
          fc.record({
            cac: fc.record({
              audioLimitKbps: fc.integer({ min: 0, max: 10_000 }),
              audioSessionLimitKbps: fc.constant(100),
              videoLimitKbps: fc.constant(1_000),
              videoSessionLimitKbps: fc.constant(500),
            }),
          }),
        ),
      }),
    );
  if (groupIds.length > 0)
    actions.push(
      fc.record({
        op: fc.constant('set' as const),
        id: fc.constantFrom(...groupIds),
        fields: fc.record({ count: fc.integer({ min: 0, max: 90_000 }) }),
      }),
    );
  const action = actions.length > 0 ? fc.oneof(...actions) : fc.constant<Action>({ op: 'moveCms', to: 'none' });
  // What the steps add is a partition of some pools, servers and associations (one step adds each); a server or an
  // association comes with or after the pools it names, as the format requires.
  return fc
    .tuple(
      fc.array(fc.array(action, { maxLength: 3 }), { minLength: 1, maxLength: 6 }),
      fc.array(fc.nat(), { minLength: removable.length, maxLength: removable.length }),
    )
    .map(([stepActions, when]) => {
      const never = stepActions.length;
      const stepOf = new Map(removable.map((id, i) => [id, Math.min(never, when[i]! % (never + 2))]));
      const after = (id: string, ...pools: string[]) =>
        pools.some((pool) => stepOf.get(pool)! < never)
          ? Math.max(
              ...pools.map((pool) => (stepOf.get(pool)! < never ? stepOf.get(pool)! : 0)),
              stepOf.get(id)! % never,
            )
          : stepOf.get(id)!;
      for (const server of design.servers) stepOf.set(server.id, after(server.id, server.poolId));
      for (const association of design.associations)
        stepOf.set(association.id, after(association.id, association.from, association.to));
      return stepActions.map((list, k) => {
        const added = removable.filter((id) => stepOf.get(id) === k);
        return {
          id: `k${k}`,
          phase: 1 + (k % 8),
          name: `Step ${k}`,
          actions: added.length > 0 ? [{ op: 'add' as const, ids: added }, ...list] : list,
        };
      });
    });
}
