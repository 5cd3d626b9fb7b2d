import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { describeStep } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { actionsOfOp } from './define/stepActions';

/**
 * The Central Management Server moves to a 2013 Front End pool or Standard Edition server that is prepared for it:
 * an Enterprise pool gets the Central Management database on its Back End SQL store (Install-CsDatabase
 * -CentralManagementDatabase), a Standard Edition server in its local SQL Express (move-the-lync-server-2010-
 * central-management-server-to-lync-server-2013.md, "Preparing Lync Server 2013 Front End Servers"). The plan
 * cannot say whether the database is installed; it can say the target has nowhere to hold it.
 */
export const migCmsTargetHasCmsDb = defineTransitionRule({
  id: 'MIG-CMS-TARGET-HAS-CMS-DB',
  title: 'The CMS moves to a 2013 Front End pool with a store for its database',
  source: SOURCES.moveCms,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    const verdicts: DesignVerdict[] = [];
    for (const { action, index } of actionsOfOp(transition, 'moveCms')) {
      const target = index.pools.get(action.to);
      // A target absent from the state is MIG-MOVE-TARGET-EXISTS's to report.
      if (!target) continue;
      if (target.role !== 'frontEnd' || target.version === 2010)
        verdicts.push({
          severity: 'warning',
          subjects: [target.id],
          message: `${describePool(target)} is not a 2013 Front End pool or Standard Edition server, but ${when} moves the Central Management Server to it; move it to one that is.`,
        });
      else if (isEnterpriseFrontEnd(target) && associated(index, target.id, 'backEnd').length === 0)
        verdicts.push({
          severity: 'warning',
          subjects: [target.id],
          message: `${describePool(target)} has no Back End SQL store to hold the Central Management database that ${when} moves to it; associate one (and install the database on it with Install-CsDatabase -CentralManagementDatabase) first.`,
        });
    }
    return verdicts;
  },
});
