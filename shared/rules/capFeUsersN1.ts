import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const perServer = FRONT_END.usersPerServer.value;

/**
 * With one Front End down, the others must still carry the pool at 6,667 users each: the capacity page's own
 * example (30,000 users: 5 servers fail this, 6 pass). Pools of one server are TOPO-FE-MIN-3's business.
 */
export const capFeUsersN1 = definePoolRule({
  id: 'CAP-FE-USERS-N-1',
  title: 'Failover sizing: users fit on all servers but one',
  source: FRONT_END.usersPerServer.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users, runningServers }) => {
    if (runningServers < 2 || users === 0) return [];
    const perSurvivor = Math.ceil(users / (runningServers - 1));
    if (perSurvivor <= perServer) return [];
    return [
      {
        severity: 'warning',
        message: `If one of the ${runningServers} servers of ${describePool(pool)} fails, ${runningServers === 2 ? 'the other one carries' : `the other ${runningServers - 1} carry`} ${countOf(perSurvivor, 'user')} each, above ${formatCount(perServer)}. Add a server so the pool survives a failure at full load.`,
        value: perSurvivor,
        limit: perServer,
      },
    ];
  },
});
