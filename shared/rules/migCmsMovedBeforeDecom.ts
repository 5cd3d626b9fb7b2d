import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep } from '../wording/planNames';
import { defineTransitionRule } from './define/migrationRule';
import { poolRemovals } from './define/stepActions';

/**
 * The Central Management Server moves (Move-CsManagementServer) to a 2013 Front End pool or Standard Edition server
 * before the server that holds it is removed (move-the-lync-server-2010-central-management-server-to-lync-server-
 * 2013.md): removing it takes the topology's one read/write Central Management store with it.
 */
export const migCmsMovedBeforeDecom = defineTransitionRule({
  id: 'MIG-CMS-MOVED-BEFORE-DECOM',
  title: 'The Central Management Server moves to 2013 before the pool holding it is removed',
  source: SOURCES.moveCms,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    return poolRemovals(transition)
      .filter(({ pool }) => pool.role === 'frontEnd' && pool.hostsCms === true)
      .map(({ pool }) => ({
        severity: 'error' as const,
        subjects: [pool.id],
        message: `${describePool(pool)} still holds the Central Management Server; move it to a 2013 Front End pool (Move-CsManagementServer) before ${when} removes ${pool.fqdn}.`,
      }));
  },
});
