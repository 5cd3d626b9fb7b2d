import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** A Persistent Chat pool defined with one server cannot grow later; define it as a multi-server pool. */
export const topoPchatSingleServerPoolFixed = definePoolRule({
  id: 'TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED',
  title: 'A one-server Persistent Chat pool cannot grow',
  source: SOURCES.persistentChatTopologies,
  appliesTo: (pool) => pool.role === 'persistentChat',
  evaluate: (pool, { servers }) =>
    servers === 1
      ? [
          {
            severity: 'info',
            message: `${describePool(pool)} has one server. Define it in Topology Builder as a multi-server pool anyway: a single-server pool cannot have servers added later.`,
          },
        ]
      : [],
});
