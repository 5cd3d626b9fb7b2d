import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/**
 * A multi-server Edge pool needs load balancing (DNS or hardware). Front End and Director pools need it too, and
 * always a hardware load balancer for HTTPS, but a .lyncplan records load balancing for Edge pools only.
 */
export const topoEeNeedsLb = definePoolRule({
  id: 'TOPO-EE-NEEDS-LB',
  title: 'A multi-server Edge pool is load balanced',
  source: SOURCES.dnsLoadBalancing,
  appliesTo: (pool) => pool.role === 'edge',
  evaluate: (pool, { servers }) =>
    pool.role === 'edge' && servers > 1 && !pool.loadBalancing
      ? [
          {
            severity: 'warning',
            message: `${describePool(pool)} has ${countOf(servers, 'server')} but no load balancing set; choose DNS or hardware load balancing for its interfaces.`,
          },
        ]
      : [],
});
