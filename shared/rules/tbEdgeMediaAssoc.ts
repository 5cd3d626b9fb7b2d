import { associated } from '../analysis/designIndex';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** An Edge pool that no Front End pool uses for external media and remote users does nothing. */
export const tbEdgeMediaAssoc = definePoolRule({
  id: 'TB-EDGE-MEDIA-ASSOC',
  title: 'An Edge pool serves a Front End pool',
  source: 'Lync/LyncServer/configure-federation-routes-and-media-traffic.md',
  appliesTo: (pool) => pool.role === 'edge',
  evaluate: (pool, _figures, { index }) =>
    associated(index, pool.id, 'edge', 'to').length > 0
      ? []
      : [
          {
            severity: 'warning',
            message: `No Front End pool uses ${describePool(pool)} for remote users and external media; draw an Edge association from the pools it serves.`,
          },
        ],
});
