import { SOURCES } from '../catalog/sources';
import { homingRoles } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { describeStep, hostedCount } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { hostedLeftOnRemoval } from './define/hostedLeft';
import { defineTransitionRule } from './define/migrationRule';
import { groupsHomedOn, poolRemovals } from './define/stepActions';

/**
 * A pool is deactivated only once it is empty: no users and no non-user contact objects left on it
 * (migrating-multiple-sites-and-pools.md, steps 4 and 5). The users are those homed on it and, for a Front End
 * pool, those of the SBAs and SBSs it is the backup registrar of, whom removing it leaves without one. The hosted
 * objects the domain table gives their own rule (dial-in numbers, Call Park orbits, conference directories) are
 * left to those rules; this one covers the others the format counts.
 */
export const migPoolEmptyBeforeDecom = defineTransitionRule({
  id: 'MIG-POOL-EMPTY-BEFORE-DECOM',
  title: 'A pool is removed only once no users or contact objects remain on it',
  source: SOURCES.migratingMultiplePools,
  checkStep(transition) {
    const { step, stepIndex } = transition;
    const when = describeStep(step, stepIndex);
    const verdicts: DesignVerdict[] = [];
    for (const removal of poolRemovals(transition)) {
      const { pool, index, removed } = removal;
      if (!homingRoles.includes(pool.role)) continue;
      const { groups, users } = groupsHomedOn(removal, pool.id);
      if (groups.length > 0)
        verdicts.push({
          severity: 'error',
          subjects: [pool.id, ...groups.map((group) => group.id)],
          message: `Move the ${countOf(users, 'user')} (${countOf(groups.length, 'user group')}) homed on ${describePool(pool)} to another pool before ${when} removes it.`,
          value: users,
          limit: 0,
        });
      if (pool.role !== 'frontEnd') continue;
      // An SBA removed by the same action is judged on its own users, not through its registrar.
      for (const [branch, registrar] of index.registrarOf) {
        if (registrar !== pool.id || removed.has(branch)) continue;
        const appliance = index.pools.get(branch);
        const homed = groupsHomedOn(removal, branch);
        if (!appliance || homed.groups.length === 0) continue;
        verdicts.push({
          severity: 'error',
          subjects: [pool.id, branch, ...homed.groups.map((group) => group.id)],
          message: `${describePool(appliance)} still has ${countOf(homed.users, 'user')} and uses ${describePool(pool)} as its backup registrar; re-home it on a 2013 Front End pool (move its users away, associate it with the new pool, move them back) before ${when} removes ${pool.fqdn}.`,
          value: homed.users,
          limit: 0,
        });
      }
    }
    for (const { removal, kind, count } of hostedLeftOnRemoval(transition, [
      'responseGroups',
      'commonAreaPhones',
      'analogDevices',
    ]))
      verdicts.push({
        severity: 'error',
        subjects: [removal.pool.id],
        message: `Move the ${hostedCount(kind, count)} of ${describePool(removal.pool)} to a 2013 pool before ${when} removes it.`,
        value: count,
        limit: 0,
      });
    return verdicts;
  },
});
