import { FRONT_END_TOPOLOGY } from '../catalog/frontEndTopology';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const needed = FRONT_END_TOPOLOGY.mirroredBackEndServers.value;

/**
 * Synchronous SQL mirroring keeps the pool's databases on two Back End Servers, the principal and the mirror
 * ("each server keeps its copy of the databases in local storage", Back End HA page; "you deploy two Back End
 * Servers for a Front End pool", HADR support page). An error: a Back End set to mirroring with fewer servers is
 * not mirrored at all, whatever the design says, and Topology Builder asks for the mirror store. Servers are
 * counted whether running or not: a mirror that is down is the failure mirroring is there for.
 *
 * The witness is optional ("we recommend using a witness because it enables failover ... to be automatic"), and a
 * .lyncplan cannot draw one, so it is advice inside the message, never a finding of its own.
 */
export const topoBeMirrorMin2 = definePoolRule({
  id: 'TOPO-BE-MIRROR-MIN-2',
  title: 'A mirrored Back End has a principal and a mirror',
  source: FRONT_END_TOPOLOGY.mirroredBackEndServers.source,
  appliesTo: (pool) => pool.role === 'backEnd' && pool.ha === 'mirroring',
  evaluate: (pool, { servers }) =>
    servers >= needed
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} uses synchronous SQL mirroring but has ${countOf(servers, 'server')}; mirroring needs ${needed}, the principal and the mirror. Add a server to it, or set its high availability to None. Plan a witness as well (a SQL Server instance lyncplan does not draw; one can serve several mirrored pairs): with it the Back End fails over automatically, without it an administrator fails over by hand.`,
            value: servers,
            limit: needed,
          },
        ],
});
