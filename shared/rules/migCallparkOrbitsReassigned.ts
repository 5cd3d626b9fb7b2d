import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep, hostedCount } from '../wording/planNames';
import { hostedLeftOnRemoval } from './define/hostedLeft';
import { defineTransitionRule } from './define/migrationRule';

/** Every Call Park orbit range a pool serves is reassigned to a 2013 pool before the pool is decommissioned (migrate-call-park-application-settings.md). */
export const migCallparkOrbitsReassigned = defineTransitionRule({
  id: 'MIG-CALLPARK-ORBITS-REASSIGNED',
  title: 'Call Park orbit ranges are reassigned to a 2013 pool before their pool is removed',
  source: SOURCES.migrateCallPark,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    return hostedLeftOnRemoval(transition, ['callParkOrbits']).map(({ removal: { pool }, count }) => ({
      severity: 'error' as const,
      subjects: [pool.id],
      message: `Reassign the ${hostedCount('callParkOrbits', count)} of ${describePool(pool)} to a 2013 pool (and copy any custom music-on-hold to its file store) before ${when} removes it.`,
      value: count,
      limit: 0,
    }));
  },
});
