import fc from 'fast-check';
import { type Design, type Entity, entityCollections } from '../model/design';
import type { Action, Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { designArbitrary } from './designArbitrary';

/** One action of a random plan, its ids chosen later among the design's (numbers taken modulo what there is). */
const actionSpec = fc.oneof(
  fc.record({ op: fc.constant('add' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('remove' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) }),
  fc.record({ op: fc.constant('moveUsers' as const), group: fc.nat(), pool: fc.nat() }),
  fc.record({ op: fc.constant('moveCms' as const), pool: fc.nat() }),
  fc.record({ op: fc.constant('moveHosted' as const), from: fc.nat(), pool: fc.nat(), all: fc.boolean() }),
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: fc.nat(1000) }),
);

/**
 * Random designs (`designArbitrary`, with hosted objects on their Front End pools) with a random plan of up to five
 * steps: entities of the file added at some step (each by one step), removes, moves of users, of the CMS and of hosted
 * objects, and sets of a field each kind of entity has. Every result is a valid file; many plans are planning
 * mistakes (a move to a pool added only later), which is what a plan being edited looks like.
 */
export function plannedDesignArbitrary(): fc.Arbitrary<Design> {
  return fc
    .record({
      design: designArbitrary(),
      steps: fc.array(
        fc.record({ phase: fc.integer({ min: 1, max: 8 }), actions: fc.array(actionSpec, { maxLength: 4 }) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
      hosts: fc.array(fc.nat(5), { minLength: 2, maxLength: 2 }),
    })
    .map(({ design, steps, hosts }) => {
      const pools: Pool[] = design.pools.map((pool, i) =>
        pool.role === 'frontEnd' && i % 2 === 0
          ? { ...pool, hosts: { dialInNumbers: hosts[0]! + 1, responseGroups: hosts[1]! } }
          : pool,
      );
      const file: Design = { ...design, pools };
      const all = entityCollections.flatMap((c) => (file[c] as readonly Entity[]).map((e) => ({ c, e })));
      const groupIds = file.userGroups.map((g) => g.id);
      const poolIds = file.pools.map((p) => p.id);
      const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;
      const added = new Set<string>();
      const plan: Step[] = steps.map((spec, s) => ({
        id: `step-${s + 1}`,
        phase: spec.phase,
        name: `Step ${s + 1}`,
        actions: spec.actions.flatMap((a): Action[] => {
          switch (a.op) {
            case 'add': {
              const ids = [...new Set(a.picks.map((n) => pick(all, n).e.id))].filter((id) => !added.has(id));
              for (const id of ids) added.add(id);
              return ids.length > 0 ? [{ op: 'add', ids }] : [];
            }
            case 'remove':
              return all.length === 0
                ? []
                : [{ op: 'remove', ids: [...new Set(a.picks.map((n) => pick(all, n).e.id))] }];
            case 'moveUsers':
              return groupIds.length === 0
                ? []
                : [{ op: 'moveUsers', groupIds: [pick(groupIds, a.group)], to: pick(poolIds, a.pool) }];
            case 'moveCms':
              return poolIds.length === 0 ? [] : [{ op: 'moveCms', to: pick(poolIds, a.pool) }];
            case 'moveHosted': {
              if (poolIds.length < 2) return [];
              const from = pick(poolIds, a.from);
              const to = pick(poolIds, a.pool);
              if (from === to) return [];
              return [{ op: 'moveHosted', from, to, ...(a.all ? {} : { what: ['dialInNumbers' as const] }) }];
            }
            case 'set': {
              if (all.length === 0) return [];
              const { c, e } = pick(all, a.pick);
              const fields = setFields(c, e, a.value);
              return fields ? [{ op: 'set', id: e.id, fields }] : [];
            }
          }
          return [];
        }),
      }));
      return { ...file, migration: { steps: plan } };
    });
}

/** A field each kind of entity has, with a valid value (the result must still satisfy the entity's schema). */
function setFields(
  collection: (typeof entityCollections)[number],
  entity: Entity,
  value: number,
): Record<string, unknown> | undefined {
  switch (collection) {
    case 'pools':
      return (entity as Pool).role === 'edge' ? { federation: value % 2 === 0 } : { fqdn: `set${value}.contoso.com` };
    case 'servers':
      return { running: value % 2 === 0 };
    case 'userGroups':
      return { count: value };
    case 'links':
      return { capacityKbps: value + 1 };
    case 'sites':
      return { name: `Site ${value}` };
    default:
      return undefined;
  }
}

/** A random action over a design's entities: every action a plan has, on pools, servers, associations, links, groups. */
export function actionArbitrary(design: Design): fc.Arbitrary<Action> {
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
  return actions.length > 0 ? fc.oneof(...actions) : fc.constant<Action>({ op: 'moveCms', to: 'none' });
}

/**
 * Random steps over a design's entities (`actionArbitrary`). What the steps add is a partition of some pools,
 * servers and associations (one step adds each); a server or an association comes with or after the pools it names.
 */
export function stepsArbitrary(design: Design): fc.Arbitrary<Step[]> {
  const removable = [...design.pools, ...design.servers, ...design.associations].map((entity) => entity.id);
  const action = actionArbitrary(design);
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
