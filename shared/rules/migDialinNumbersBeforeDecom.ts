import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep, hostedCount } from '../wording/planNames';
import { hostedLeftOnRemoval } from './define/hostedLeft';
import { defineTransitionRule } from './define/migrationRule';

/** Every dial-in access number (a contact object) of a pool must move to a 2013 pool before the pool is decommissioned, or calls to it fail (migrate-dial-in-access-numbers.md). */
export const migDialinNumbersBeforeDecom = defineTransitionRule({
  id: 'MIG-DIALIN-NUMBERS-BEFORE-DECOM',
  title: 'Dial-in access numbers move to a 2013 pool before their pool is removed',
  source: SOURCES.migrateDialInNumbers,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    return hostedLeftOnRemoval(transition, ['dialInNumbers']).map(({ removal: { pool }, count }) => ({
      severity: 'error' as const,
      subjects: [pool.id],
      message: `Move the ${hostedCount('dialInNumbers', count)} of ${describePool(pool)} to a 2013 pool before ${when} removes it; calls to them fail once the pool is gone.`,
      value: count,
      limit: 0,
    }));
  },
});
