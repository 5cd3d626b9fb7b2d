import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { poolRemovals } from './define/stepActions';

/**
 * A 2010 Front End pool that hosts call admission control hands it to a 2013 pool before it is removed
 * (reset-call-admission-control.md: the site's "Front End pool to run call admission control" is set to the
 * 2013 pool). The step is fine when, once it is done, another 2013 pool of the same site runs CAC.
 */
export const migCacHostBeforeDecom = defineTransitionRule({
  id: 'MIG-CAC-HOST-BEFORE-DECOM',
  title: 'Call admission control moves to a 2013 pool before its pool is removed',
  source: SOURCES.resetCac,
  checkStep(transition) {
    const { after, step, stepIndex } = transition;
    const verdicts: DesignVerdict[] = [];
    for (const { pool, index } of poolRemovals(transition)) {
      if (pool.role !== 'frontEnd' || pool.callAdmissionControl !== true) continue;
      const takenOver = after.pools.some(
        (other) =>
          other.role === 'frontEnd' &&
          other.siteId === pool.siteId &&
          other.callAdmissionControl === true &&
          other.version !== 2010,
      );
      if (takenOver) continue;
      const site = index.sites.get(pool.siteId)?.name ?? pool.siteId;
      verdicts.push({
        severity: 'error',
        subjects: [pool.id, pool.siteId],
        message: `${describePool(pool)} runs call admission control for ${site}; tick "Runs call admission control for its central site" on a 2013 Front End pool in ${site} before ${describeStep(step, stepIndex)} removes it.`,
      });
    }
    return verdicts;
  },
});
