import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { versionName } from '../wording/planNames';
import { type DesignVerdict, defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/**
 * Archiving Server and Monitoring Server are Lync Server 2010 roles, and the 2010 servers can be associated only
 * with 2010 Front End pools: in 2013 archiving and monitoring are Front End services whose databases sit on a SQL
 * store (migrating-archiving-and-monitoring-servers.md). A state of the plan may hold both versions side by side;
 * each pool keeps to servers of its own version.
 */
export const migArchMonVersionMatch = defineDesignRule({
  id: 'MIG-ARCH-MON-VERSION-MATCH',
  title: 'Archiving and Monitoring Servers are Lync 2010, used by Lync 2010 pools only',
  source: SOURCES.migratingArchivingMonitoring,
  structural: true,
  reads: { pools: [...POOL_NAME_FIELDS, 'version'], associations: ['kind', 'from', 'to'] },
  check({ design, index }) {
    const verdicts: DesignVerdict[] = [];
    for (const pool of design.pools) {
      if ((pool.role === 'archiving' || pool.role === 'monitoring') && pool.version !== 2010)
        verdicts.push({
          severity: 'error',
          subjects: [pool.id],
          message: `${describePool(pool)} is marked ${versionName(pool)}, but Archiving and Monitoring Servers exist only in Lync Server 2010; set its version to 2010, or for 2013 associate the Front End pool's ${pool.role} with a Back End SQL store instead.`,
        });
    }
    for (const association of design.associations) {
      if (association.kind !== 'archiving' && association.kind !== 'monitoring') continue;
      const from = index.pools.get(association.from);
      const to = index.pools.get(association.to);
      if (!from || !to || (to.role !== 'archiving' && to.role !== 'monitoring')) continue;
      if ((from.version ?? 2013) === (to.version ?? 2013)) continue;
      verdicts.push({
        severity: 'error',
        subjects: [association.from, association.to],
        message: `${describePool(from)} (${versionName(from)}) is associated with ${describePool(to)} (${versionName(to)}); a Lync Server 2010 ${to.role === 'archiving' ? 'Archiving' : 'Monitoring'} Server serves Lync Server 2010 pools only, and a 2013 pool keeps its ${association.kind} database on a Back End SQL store.`,
      });
    }
    return verdicts;
  },
});
