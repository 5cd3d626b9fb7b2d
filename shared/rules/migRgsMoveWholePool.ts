import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { describeStep, hostedCount } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { actionsOfOp, groupsHomedOn } from './define/stepActions';

/**
 * Response groups move a whole pool at a time (Move-CsRgsConfiguration moves the configuration "for the entire
 * pool"), to a 2013 pool that runs the Response Group application, and Microsoft recommends moving the users first
 * (migrate-response-groups.md). A `moveHosted` always moves a pool's whole count, so the plan can get two things
 * wrong: the users still on the legacy pool, and a destination that is not a 2013 Front End pool.
 */
export const migRgsMoveWholePool = defineTransitionRule({
  id: 'MIG-RGS-MOVE-WHOLE-POOL',
  title: 'Response groups move after the users, to a 2013 Front End pool',
  source: SOURCES.migrateResponseGroups,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    const verdicts: DesignVerdict[] = [];
    for (const entry of actionsOfOp(transition, 'moveHosted')) {
      const { action, index } = entry;
      if (action.what && !action.what.includes('responseGroups')) continue;
      const source = index.pools.get(action.from);
      const target = index.pools.get(action.to);
      const count = source?.hosts?.responseGroups ?? 0;
      if (!source || !target || count === 0 || source.id === target.id) continue;
      const moving = hostedCount('responseGroups', count);
      const { groups, users } = groupsHomedOn(entry, source.id);
      if (groups.length > 0)
        verdicts.push({
          severity: 'warning',
          subjects: [source.id, ...groups.map((group) => group.id)],
          message: `${describePool(source)} hands its ${moving} over in ${when} while ${countOf(users, 'user')} ${users === 1 ? 'is' : 'are'} still homed on it; move the users first (agents still on 2010 lack the new Response Group features until they move).`,
          value: users,
          limit: 0,
        });
      if (target.role !== 'frontEnd' || target.version === 2010)
        verdicts.push({
          severity: 'warning',
          subjects: [target.id, source.id],
          message: `${describePool(target)} receives the ${moving} of ${describePool(source)} in ${when}, but response groups run in the Response Group application of a 2013 Front End pool with Enterprise Voice; move them to one.`,
        });
    }
    return verdicts;
  },
});
