import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** Every Enterprise Front End pool needs a Back End SQL store (single, mirrored or clustered). */
export const topoPoolNeedsSql = definePoolRule({
  id: 'TOPO-POOL-NEEDS-SQL',
  title: 'An Enterprise pool has a Back End SQL store',
  source: SOURCES.capacityUserModels,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, _figures, { index }) =>
    associated(index, pool.id, 'backEnd').some((a) => index.pools.get(a.to)?.role === 'backEnd')
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} has no Back End SQL store; draw a Back End association to a SQL store (mirrored for high availability).`,
          },
        ],
});
