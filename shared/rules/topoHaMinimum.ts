import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import type { PoolRole } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

const minimum = REMOTE_ACCESS.minimumForHa.value;

const haRule = (id: string, role: PoolRole) =>
  definePoolRule({
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
              message: `${describePool(pool)} has ${runningServers === 0 ? 'no running servers' : `${runningServers} running server`}; at least ${minimum} are recommended so one can fail.`,
              value: runningServers,
              limit: minimum,
            },
          ],
  });

/** Edge pools: 2 or more for high availability (recommended, not required: capacity.md section 6 item 7). */
export const topoEdgeMin2 = haRule('TOPO-EDGE-MIN-2', 'edge');
/** Director pools: 2 or more for high availability. */
export const topoDirMin2 = haRule('TOPO-DIR-MIN-2', 'director');
