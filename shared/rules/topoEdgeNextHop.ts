import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** Each Edge pool has a next hop: a Director pool if one is deployed, else a Front End pool or Standard Edition server. */
export const topoEdgeNextHop = definePoolRule({
  id: 'TOPO-EDGE-NEXT-HOP',
  title: 'An Edge pool has a next hop',
  source: SOURCES.capacityUserModels,
  appliesTo: (pool) => pool.role === 'edge',
  evaluate: (pool, _figures, { index }) =>
    associated(index, pool.id, 'edgeNextHop').length > 0
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} has no next hop; draw a Next hop association to a Director pool or a Front End pool.`,
          },
        ],
});
