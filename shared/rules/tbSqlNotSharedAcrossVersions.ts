import { associated } from '../analysis/designIndex';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/**
 * A Lync 2013 pool cannot use a 2010 Back End (Topology Builder: "The SQL server ... already contains a SQL
 * instance hosting role 'User Store'"). Versions default to 2013. In a state of a migration plan it is silent:
 * MIG-SQL-INSTANCE-NOT-SHARED judges the same fact over the whole plan and names the step that did it, so that a
 * plan reports it once, not once per rule.
 */
export const tbSqlNotSharedAcrossVersions = definePoolRule({
  id: 'TB-SQL-NOT-SHARED-ACROSS-VERSIONS',
  title: 'A pool and its Back End are of the same version',
  source: 'Lync/LyncServer/lync-server-2013-supported-server-migration-paths-and-coexistence-scenarios.md',
  appliesTo: (pool) => pool.role === 'frontEnd',
  evaluate: (pool, _figures, { index, inPlan }) =>
    inPlan
      ? []
      : associated(index, pool.id, 'backEnd')
          .map((a) => index.pools.get(a.to))
          .filter((store) => store && (store.version ?? 2013) !== (pool.version ?? 2013))
          .map((store) => ({
            severity: 'error' as const,
            message: `${describePool(pool)} (Lync ${pool.version ?? 2013}) uses ${describePool(store!)} of Lync ${store!.version ?? 2013}; a 2013 pool needs its own SQL instance, not a 2010 one (and the other way round).`,
          })),
});
