import { FRONT_END_TOPOLOGY } from '../catalog/frontEndTopology';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

const recommended = FRONT_END_TOPOLOGY.recommendedMinimumServers.value;

/**
 * Enterprise pools should have 3 Front End servers or more: each user's data lives on 3 of them. 2-server pools
 * are "not recommended"; a pool dedicated to large meetings has its own guidance (1 minimum, 2 recommended).
 * The three come from the 2013 pool architecture ("In Lync Server 2013, Front End pool architecture has changed"):
 * a Lync Server 2010 pool is not judged by them.
 */
export const topoFeMin3 = definePoolRule({
  id: 'TOPO-FE-MIN-3',
  title: 'At least 3 Front End servers per Enterprise pool',
  source: FRONT_END_TOPOLOGY.recommendedMinimumServers.source,
  appliesTo: (pool) =>
    isEnterpriseFrontEnd(pool) && !(pool.role === 'frontEnd' && pool.largeMeetings === true) && pool.version !== 2010,
  evaluate: (pool, { servers }) =>
    servers === 0 || servers >= recommended
      ? []
      : [
          {
            severity: 'warning',
            message:
              servers === 2
                ? `${describePool(pool)} has 2 servers; 2-server pools are not recommended (quorum needs special restart handling). Use ${recommended} or more, or a pair of Standard Edition servers.`
                : `${describePool(pool)} has 1 server and no high availability; ${recommended} or more are recommended.`,
            value: servers,
            limit: recommended,
          },
        ],
});
