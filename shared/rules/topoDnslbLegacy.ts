import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** DNS load balancing on a federating Edge loses failover for OCS 2007-era federation, public IM and XMPP. */
export const topoDnslbLegacy = definePoolRule({
  id: 'TOPO-DNSLB-LEGACY',
  title: 'DNS load balancing and legacy federation',
  source: SOURCES.dnsLoadBalancing,
  appliesTo: (pool) => pool.role === 'edge',
  evaluate: (pool) =>
    pool.role === 'edge' && pool.federation === true && pool.loadBalancing?.external === 'dns'
      ? [
          {
            severity: 'info',
            message: `${describePool(pool)} federates behind DNS load balancing: federation with servers older than Lync 2010, public IM and XMPP partners do not fail over between its servers.`,
          },
        ]
      : [],
});
