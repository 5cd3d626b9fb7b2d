import { REMOTE_ACCESS } from '../../catalog/remoteAccess';
import type { PoolRole } from '../../model/pool';
import { describePool } from '../../wording/entityNames';
import { countOf } from '../../wording/numbers';
import { definePoolRule } from './poolRule';
import type { Rule } from './rule';

const minimum = REMOTE_ACCESS.minimumForHa.value;

/** Two servers or more in a pool of `role`, so one can fail: Edge and Director pools differ only in the role. */
export function defineHaMinimumRule(id: string, role: PoolRole): Rule {
  return definePoolRule({
    id,
    title: `At least ${minimum} servers per ${role} pool for high availability`,
    source: REMOTE_ACCESS.minimumForHa.source,
    appliesTo: (pool) => pool.role === role,
    evaluate: (pool, { runningServers }) =>
      runningServers >= minimum
        ? []
        : [
            {
              severity: 'warning',
              message: `${describePool(pool)} has ${runningServers === 0 ? 'no running servers' : countOf(runningServers, 'running server')}; at least ${minimum} are recommended so one can fail.`,
              value: runningServers,
              limit: minimum,
            },
          ],
  });
}
