import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep } from '../wording/planNames';
import { defineTransitionRule } from './define/migrationRule';
import { poolRemovals } from './define/stepActions';

/**
 * SQL databases and instances are removed after the servers that depend on them, or after those servers are
 * pointed at another database (remove-sql-server-instances-and-databases-on-the-back-end-server.md); removing a
 * Standard Edition server removes its collocated SQL store definition with it (remove-front-end-pool-or-standard-
 * edition-server.md), which the format models as part of the server. So the part a plan can get wrong is removing
 * a SQL store while a pool that stays still uses it.
 */
export const migSeDeleteSqlStore = defineTransitionRule({
  id: 'MIG-SE-DELETE-SQL-STORE',
  title: 'A SQL store is removed after the pools that use it',
  source: SOURCES.removeFrontEndPool,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    return poolRemovals(transition)
      .filter(({ pool }) => pool.role === 'backEnd')
      .flatMap(({ pool, index, removed }) => {
        const users = (index.associationsTo.get(pool.id) ?? []).filter((a) => !removed.has(a.from));
        if (users.length === 0) return [];
        const names = [...new Set(users.map((a) => index.pools.get(a.from)?.fqdn ?? a.from))];
        return [
          {
            severity: 'warning' as const,
            subjects: [pool.id, ...new Set(users.map((a) => a.from))],
            message: `${describePool(pool)} is removed by ${when} while ${names.join(', ')} still ${names.length === 1 ? 'uses' : 'use'} it; remove those pools, or point them at another SQL store, first (in the same step, before the store, or earlier).`,
            value: names.length,
            limit: 0,
          },
        ];
      });
  },
});
