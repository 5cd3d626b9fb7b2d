import { SOURCES } from '../catalog/sources';
import type { Pool } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { describeStep } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { poolRemovals } from './define/stepActions';

/** The phase of the migration guide in which legacy pools are decommissioned. */
const DECOMMISSION_PHASE = 8;

/**
 * Phase 8 decommissions each legacy pool in order (phase-8-decommission-legacy-pools.md): update the DNS SRV
 * records, move the CMS, move the conference directories, remove the Archiving and Monitoring associations, then
 * remove the Front End Servers and the pool, then the SQL databases. The steps with their own rule (SRV, CMS,
 * conference directories: errors; SQL store last: MIG-SE-DELETE-SQL-STORE) are not repeated here. What is left
 * that a plan can say: a legacy pool removed outside phase 8, and one removed with its Archiving or Monitoring
 * association still in place.
 */
export const migDecomSequence = defineTransitionRule({
  id: 'MIG-DECOM-SEQUENCE',
  title: 'Legacy pools are decommissioned in phase 8, in the guide’s order',
  source: SOURCES.decommissionLegacyPools,
  checkStep(transition) {
    const { step, stepIndex } = transition;
    const when = describeStep(step, stepIndex);
    const verdicts: DesignVerdict[] = [];
    for (const { pool, index, removed } of poolRemovals(transition)) {
      if (pool.version !== 2010 || !['frontEnd', 'director', 'backEnd'].includes(pool.role)) continue;
      if (step.phase !== DECOMMISSION_PHASE)
        verdicts.push({
          severity: 'warning',
          subjects: [pool.id],
          message: `${describePool(pool)} is removed by ${when}, a phase ${step.phase} step; legacy pools are decommissioned in phase 8, once their users and services have moved.`,
          value: step.phase,
          limit: DECOMMISSION_PHASE,
        });
      const kept = (index.associationsFrom.get(pool.id) ?? []).filter(
        (a) => (a.kind === 'archiving' || a.kind === 'monitoring') && !removed.has(a.to),
      );
      const servers = kept
        .map((a) => index.pools.get(a.to))
        .filter((p): p is Pool => p?.role === 'archiving' || p?.role === 'monitoring');
      if (servers.length === 0) continue;
      verdicts.push({
        severity: 'warning',
        subjects: [pool.id, ...servers.map((server) => server.id)],
        message: `${describePool(pool)} is removed by ${when} while still associated with ${servers.map((server) => describePool(server)).join(', ')}; clear those associations first (phase 8 removes them before the pool).`,
      });
    }
    return verdicts;
  },
});
