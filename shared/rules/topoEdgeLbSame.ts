import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** An Edge pool's internal and external interfaces use the same load balancing: both DNS or both hardware. */
export const topoEdgeLbSame = definePoolRule({
  id: 'TOPO-EDGE-LB-SAME',
  title: 'Edge interfaces use the same kind of load balancing',
  source: SOURCES.dnsLoadBalancing,
  appliesTo: (pool) => pool.role === 'edge',
  evaluate: (pool) =>
    pool.role === 'edge' && pool.loadBalancing && pool.loadBalancing.internal !== pool.loadBalancing.external
      ? [
          {
            severity: 'error',
            message: `${describePool(pool)} load-balances its internal interface by ${pool.loadBalancing.internal === 'dns' ? 'DNS' : 'hardware'} and its external interface by ${pool.loadBalancing.external === 'dns' ? 'DNS' : 'hardware'}; both must use the same.`,
          },
        ]
      : [],
});
