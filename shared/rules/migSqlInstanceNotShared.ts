import { SOURCES } from '../catalog/sources';
import type { Pool } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { definePlanRule } from './define/migrationRule';
import { hasSteps, poolsById, versionOf } from './define/planLookups';

/** The associations by which a Front End pool keeps databases on a SQL store (format.md, "Associations"). */
const DATABASE_KINDS: ReadonlySet<string> = new Set(['backEnd', 'archiving', 'monitoring']);

interface Use {
  frontEnd: Pool;
  store: Pool;
  state: string;
}

/**
 * "You cannot use the same instance of SQL Server for a Lync Server 2013 Front End pool that you use for a Lync
 * Server 2010 ... Front End pool" (migration paths page). Across the whole plan, so that a name freed in one state
 * and taken in another is seen: one finding per Back End, either shared by pools of both versions (in one state or
 * in different ones) or, used by one version only, of the other version itself. Inside a plan this rule says what
 * TB-SQL-NOT-SHARED-ACROSS-VERSIONS says of one design, with the step that did it; that rule is silent there.
 */
export const migSqlInstanceNotShared = definePlanRule({
  id: 'MIG-SQL-INSTANCE-NOT-SHARED',
  title: 'A 2013 pool does not use a SQL instance of a 2010 pool',
  source: SOURCES.migrationPaths,
  check({ design, states }) {
    if (!hasSteps(design)) return [];
    const usesByStore = new Map<string, Use[]>();
    // A state whose pools and associations are the lists of the state before it (a step of user moves) has its uses.
    let previous: { pools: unknown; associations: unknown; uses: Use[] } | undefined;
    states.ids.forEach((state, i) => {
      const topology = states.stateAt(i - 1);
      if (previous && previous.pools === topology.pools && previous.associations === topology.associations) {
        for (const use of previous.uses) usesByStore.get(use.store.id)!.push({ ...use, state });
        return;
      }
      const pools = poolsById(topology);
      const inState: Use[] = [];
      const seen = new Set<string>();
      for (const association of topology.associations) {
        if (!DATABASE_KINDS.has(association.kind)) continue;
        const frontEnd = pools.get(association.from);
        const store = pools.get(association.to);
        if (frontEnd?.role !== 'frontEnd' || store?.role !== 'backEnd') continue;
        const uses = usesByStore.get(store.id) ?? [];
        const key = `${frontEnd.id}\u0000${store.id}`;
        if (!seen.has(key)) {
          seen.add(key);
          const use = { frontEnd, store, state };
          uses.push(use);
          inState.push(use);
        }
        usesByStore.set(store.id, uses);
      }
      previous = { pools: topology.pools, associations: topology.associations, uses: inState };
    });
    const order = new Map(states.ids.map((id, i) => [id, i]));
    const stepOf = (state: string) => states.steps.find((step) => step.id === state);
    const when = (state: string) => {
      const step = stepOf(state);
      return step ? `from step ${step.id} ("${step.name}")` : 'before the plan starts';
    };
    const verdicts = [];
    for (const uses of usesByStore.values()) {
      const store = uses[0]!.store;
      const byVersion = (version: number) => uses.filter((use) => versionOf(use.frontEnd) === version);
      const legacy = byVersion(2010);
      const current = byVersion(2013);
      const names = (list: Use[]) => [...new Set(list.map((use) => use.frontEnd.id))];
      const listPools = (list: Use[]) =>
        names(list)
          .map((id) => describePool(list.find((use) => use.frontEnd.id === id)!.frontEnd))
          .join(', ');
      const sortStates = (list: Use[]) =>
        [...new Set(list.map((use) => use.state))].sort((a, b) => order.get(a)! - order.get(b)!);
      if (legacy.length > 0 && current.length > 0) {
        const steps = sortStates(current);
        const first = stepOf(steps[0]!);
        verdicts.push({
          severity: 'error' as const,
          subjects: [...(first ? [first.id] : []), ...names(current), store.id, ...names(legacy)],
          steps,
          message: `${describePool(store)} holds the databases of Lync 2010 ${listPools(legacy)} and, ${when(steps[0]!)}, of Lync 2013 ${listPools(current)}; a 2013 pool cannot use a SQL Server instance a 2010 pool uses (Topology Builder: "already contains a SQL instance hosting role 'User Store'"). Give the 2013 pool a Back End of its own, on SQL Server 2008 R2 or 2012.`,
        });
        continue;
      }
      const mismatched = uses.filter((use) => versionOf(use.frontEnd) !== versionOf(use.store));
      if (mismatched.length === 0) continue;
      const steps = sortStates(mismatched);
      const first = stepOf(steps[0]!);
      const frontEnd = mismatched[0]!.frontEnd;
      verdicts.push({
        severity: 'error' as const,
        subjects: [...(first ? [first.id] : []), ...names(mismatched), store.id],
        steps,
        message: `Lync ${versionOf(frontEnd)} ${listPools(mismatched)} keeps its databases on Lync ${versionOf(mismatched[0]!.store)} ${describePool(store)} ${when(steps[0]!)}; each version's pools need SQL Server instances of their own. Give it a Back End of its own version (or correct the Back End's version).`,
      });
    }
    return verdicts;
  },
});
