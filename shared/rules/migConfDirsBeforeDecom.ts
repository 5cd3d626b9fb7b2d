import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep, hostedCount } from '../wording/planNames';
import { hostedLeftOnRemoval } from './define/hostedLeft';
import { defineTransitionRule } from './define/migrationRule';

/** Every conference directory a pool owns moves to a 2013 pool before the pool is decommissioned (move-lync-server-2010-conference-directories-to-lync-server-2013.md). */
export const migConfDirsBeforeDecom = defineTransitionRule({
  id: 'MIG-CONF-DIRS-BEFORE-DECOM',
  title: 'Conference directories move to a 2013 pool before their pool is removed',
  source: SOURCES.moveConferenceDirectories,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    return hostedLeftOnRemoval(transition, ['conferenceDirectories']).map(({ removal: { pool }, count }) => ({
      severity: 'error' as const,
      subjects: [pool.id],
      message: `Move the ${hostedCount('conferenceDirectories', count)} of ${describePool(pool)} to a 2013 pool before ${when} removes it (Move-CsConferenceDirectory, one directory at a time).`,
      value: count,
      limit: 0,
    }));
  },
});
