import { associated } from '../analysis/designIndex';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** Every PSTN gateway has a trunk to a Mediation pool (or a Front End pool with collocated Mediation). */
export const tbTrunkEndpoints = definePoolRule({
  id: 'TB-TRUNK-ENDPOINTS',
  title: 'A PSTN gateway has a trunk to Mediation',
  source: 'Lync/LyncServer/lync-server-2013-m-n-trunk.md',
  appliesTo: (pool) => pool.role === 'pstnGateway',
  evaluate: (pool, _figures, { index }) =>
    associated(index, pool.id, 'pstnGateway', 'to').length > 0
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} has no trunk; draw a PSTN gateway association to it from a Mediation pool or a Front End pool with collocated Mediation.`,
          },
        ],
});
