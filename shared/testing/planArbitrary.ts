import fc from 'fast-check';
import type { Design } from '../model/design';
import type { Action, Step } from '../model/migration';

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
