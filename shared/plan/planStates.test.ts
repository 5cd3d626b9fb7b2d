import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, type Entity, entityCollections } from '../model/design';
import { hostedKinds } from '../model/hosts';
import type { Action, Step } from '../model/migration';
import { smallMigration } from '../testing/smallMigration';
import { validate } from '../validate';
import { planStates } from './planStates';

const idsOf = (design: Design, collection: (typeof entityCollections)[number]) =>
  (design[collection] as readonly Entity[]).map((e) => e.id);

describe('the states of a plan', () => {
  it('start is the estate before the plan: nothing a step adds, and no plan', () => {
    const { design, ids } = smallMigration();
    const states = planStates(design);
    const start = states.state('start')!;
    expect(states.ids).toEqual(['start', 'st1', 'st2', 'st3', 'st4', 'st5']);
    expect(idsOf(start, 'pools')).toEqual([ids.fe2010, ids.be2010, ids.fs2010]);
    expect(start.servers.every((s) => [ids.fe2010, ids.be2010, ids.fs2010].includes(s.poolId))).toBe(true);
    expect(start.migration).toBeUndefined();
  });

  it('each step applies its actions in order to the state before it', () => {
    const { design, ids } = smallMigration();
    const states = planStates(design);
    expect(idsOf(states.state('st1')!, 'pools')).toEqual([
      ids.fe2010,
      ids.be2010,
      ids.fs2010,
      ids.fe2013,
      ids.be2013,
      ids.fs2013,
    ]);
    const homeOf = (state: string, group: string) =>
      states.state(state)!.userGroups.find((g) => g.id === group)!.homePoolId;
    expect(homeOf('st1', ids.pilot)).toBe(ids.fe2010);
    expect(homeOf('st2', ids.pilot)).toBe(ids.fe2013);
    expect(homeOf('st2', ids.users)).toBe(ids.fe2010);
    expect(homeOf('st3', ids.users)).toBe(ids.fe2013);
    const hostsOf = (state: string, pool: string) => states.state(state)!.pools.find((p) => p.id === pool)?.hosts;
    expect(hostsOf('st4', ids.fe2010)).toEqual({ responseGroups: 5 });
    expect(hostsOf('st4', ids.fe2013)).toEqual({ dialInNumbers: 2 });
    expect(hostsOf('st5', ids.fe2013)).toEqual({ dialInNumbers: 2, responseGroups: 5 });
    const cms = states
      .state('st5')!
      .pools.filter((p) => p.role === 'frontEnd' && p.hostsCms)
      .map((p) => p.id);
    expect(cms).toEqual([ids.fe2013]);
  });

  it('removing a pool removes its servers and every association that touches it', () => {
    const { design, ids } = smallMigration();
    const last = planStates(design).state('st5')!;
    expect(idsOf(last, 'pools')).toEqual([ids.fe2013, ids.be2013, ids.fs2013]);
    expect(last.servers.some((s) => [ids.fe2010, ids.be2010, ids.fs2010].includes(s.poolId))).toBe(false);
    expect(idsOf(last, 'associations')).toEqual([ids.a2013, expect.any(String)]);
    expect(last.associations.every((a) => a.from === ids.fe2013)).toBe(true);
  });

  it('shares what a step does not touch with the state before it', () => {
    const { design } = smallMigration();
    const states = planStates(design);
    const [st1, st2] = [states.state('st1')!, states.state('st2')!];
    expect(st2.pools).toBe(st1.pools);
    expect(st2.servers).toBe(st1.servers);
    expect(st2.sites).toBe(st1.sites);
    expect(st2.userGroups).not.toBe(st1.userGroups);
    const unmoved = st1.userGroups.findIndex(
      (g) => g.homePoolId === st2.userGroups.find((h) => h.id === g.id)!.homePoolId,
    );
    expect(st2.userGroups[unmoved]).toBe(st1.userGroups[unmoved]);
  });

  it('gives a design without a plan exactly one state, the design itself as validate sees it', () => {
    const { design } = smallMigration();
    const { migration: _plan, ...plain } = design;
    const states = planStates(plain);
    expect(states.ids).toEqual(['start']);
    expect(validate(states.state('start')!).findings).toEqual(validate(plain).findings);
  });

  it('says nothing of an id that is no state', () => {
    expect(planStates(smallMigration().design).state('st9')).toBeUndefined();
  });
});

/**
 * The reference semantics of migration.md's action table, written the plain way: copy the whole state and change
 * it in place. The engine must give the same states without copying.
 */
function applyNaively(state: Design, action: Action, file: Design): void {
  const all = new Map<string, [string, Entity]>();
  for (const c of entityCollections) for (const e of file[c] as Entity[]) all.set(e.id, [c, e]);
  const list = (c: string) => (state as unknown as Record<string, Entity[]>)[c]!;
  const pools = state.pools;
  switch (action.op) {
    case 'add':
      for (const id of action.ids) {
        const [c, e] = all.get(id)!;
        if (!list(c).some((x) => x.id === id)) list(c).push(structuredClone(e));
      }
      return;
    case 'remove': {
      const gone = new Set(action.ids);
      const poolsGone = new Set(pools.filter((p) => gone.has(p.id)).map((p) => p.id));
      for (const c of entityCollections) {
        const kept = list(c).filter((e) => !gone.has(e.id));
        list(c).splice(0, Infinity, ...kept);
      }
      state.servers = state.servers.filter((s) => !poolsGone.has(s.poolId));
      state.associations = state.associations.filter((a) => !poolsGone.has(a.from) && !poolsGone.has(a.to));
      return;
    }
    case 'moveUsers':
      if (!pools.some((p) => p.id === action.to)) return;
      for (const g of state.userGroups) if (action.groupIds.includes(g.id)) g.homePoolId = action.to;
      return;
    case 'moveHosted': {
      const from = pools.find((p) => p.id === action.from);
      const to = pools.find((p) => p.id === action.to);
      if (!from || !to || from === to) return;
      for (const kind of action.what ?? hostedKinds) {
        const n = from.hosts?.[kind];
        if (!n) continue;
        to.hosts = { ...to.hosts, [kind]: (to.hosts?.[kind] ?? 0) + n };
        delete from.hosts![kind];
      }
      for (const p of [from, to]) if (p.hosts && Object.keys(p.hosts).length === 0) delete p.hosts;
      return;
    }
    case 'moveCms':
      if (!pools.some((p) => p.id === action.to && p.role === 'frontEnd')) return;
      for (const p of pools) {
        if (p.role !== 'frontEnd') continue;
        if (p.id === action.to) p.hostsCms = true;
        else if (p.hostsCms) p.hostsCms = false;
      }
      return;
    case 'set':
      for (const c of entityCollections)
        for (const e of list(c)) if (e.id === action.id) Object.assign(e, action.fields);
      return;
  }
}

/** Random plans over the small estate's entities: every op, ids in any order, steps in any phase. */
function planArbitrary(design: Design): fc.Arbitrary<Step[]> {
  const poolIds = design.pools.map((p) => p.id);
  const groupIds = design.userGroups.map((g) => g.id);
  const anyId = entityCollections.flatMap((c) => (design[c] as Entity[]).map((e) => e.id));
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ op: fc.constant('remove' as const), ids: fc.subarray(anyId, { minLength: 1, maxLength: 3 }) }),
    fc.record({
      op: fc.constant('moveUsers' as const),
      groupIds: fc.subarray(groupIds, { minLength: 1 }),
      to: fc.constantFrom(...poolIds),
    }),
    fc.record({
      op: fc.constant('moveHosted' as const),
      from: fc.constantFrom(...poolIds),
      to: fc.constantFrom(...poolIds),
    }),
    fc.record({ op: fc.constant('moveCms' as const), to: fc.constantFrom(...poolIds) }),
    fc.record({
      op: fc.constant('set' as const),
      id: fc.constantFrom(...groupIds),
      fields: fc.record({ count: fc.integer({ min: 0, max: 20_000 }) }),
    }),
  );
  // The additions are a partition of some entities over the steps, as the format requires (one step adds each).
  return fc
    .tuple(fc.array(fc.array(action, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.subarray(poolIds.slice(2)))
    .map(([stepActions, addedPools]) =>
      stepActions.map((actions, k) => ({
        id: `k${k}`,
        phase: 1 + (k % 8),
        name: `Step ${k}`,
        actions: k === 0 && addedPools.length > 0 ? [{ op: 'add' as const, ids: addedPools }, ...actions] : actions,
      })),
    );
}

describe('state derivation (property)', () => {
  it('the state after step k equals applying the actions one by one to a copy', () => {
    const { design: base } = smallMigration();
    const { migration: _plan, ...plain } = base;
    fc.assert(
      fc.property(planArbitrary(plain), (steps) => {
        const design = { ...plain, migration: { steps } };
        const states = planStates(design);
        const copy = structuredClone(states.state('start')!);
        steps.forEach((step, k) => {
          for (const action of step.actions) applyNaively(copy, action, design);
          const derived = states.stateAt(k);
          for (const c of entityCollections) expect(derived[c]).toEqual(copy[c]);
        });
      }),
      { numRuns: 200 },
    );
  });
});
