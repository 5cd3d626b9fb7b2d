import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { defineTransitionRule } from './define/migrationRule';
import { describeStep, poolIds } from './define/planLookups';

/** The roles whose Lync 2013 pools Topology Builder publishes as servers of the 2013 topology. */
const LYNC_SERVER_ROLES: ReadonlySet<string> = new Set(['frontEnd', 'director', 'edge', 'mediation', 'persistentChat']);

/**
 * Once a Lync 2013 pool is published the topology opens only in the 2013 Topology Builder, both versions' pools are
 * managed with the 2013 tools, and the 2010 and 2013 administrative tools cannot share a computer
 * (administering-servers-after-migration.md, verify-pilot-pool-coexistence-with-legacy-pool.md). Said once per
 * plan, at the step that first adds a 2013 server pool beside 2010 ones: it changes how the rest of the plan is run.
 */
export const migTools2013Only = defineTransitionRule({
  id: 'MIG-TOOLS-2013-ONLY',
  title: 'From the first 2013 pool on, the 2013 tools manage both versions',
  source: SOURCES.administeringAfterMigration,
  checkStep({ step, before, after }) {
    const lync = (pool: { role: string }) => LYNC_SERVER_ROLES.has(pool.role);
    if (!before.pools.some((p) => lync(p) && p.version === 2010)) return [];
    if (before.pools.some((p) => lync(p) && p.version !== 2010)) return [];
    const had = poolIds(before);
    const first = after.pools.find((p) => lync(p) && p.version !== 2010 && !had.has(p.id));
    if (!first) return [];
    return [
      {
        severity: 'info',
        subjects: [first.id],
        message: `From ${describeStep(step)} on, the topology holds Lync 2013 ${describePool(first)}: publish it with the Lync Server 2013 Topology Builder, after which the 2010 Topology Builder can no longer open the topology. Manage the 2010 and the 2013 pools with the 2013 tools, and keep the 2010 and 2013 administrative tools on different computers.`,
      },
    ];
  },
});
