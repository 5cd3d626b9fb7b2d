import { FRONT_END } from '../catalog/frontEnd';
import { LYNC_2010 } from '../catalog/lync2010';
import type { Pool } from '../model/pool';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { productName } from '../wording/productNames';
import type { PoolVerdict } from './define/poolRule';
import { definePoolRule } from './define/poolRule';

const perServer = FRONT_END.usersPerServer.value;

/**
 * Lync Server 2010 states the spare as a count: "one Front End Server for every 10,000 users homed in the pool,
 * plus an additional Front End Server", so a 2010 pool is compared by servers, a pool of one included (TOPO-FE-MIN-3,
 * which speaks about those in 2013, is a 2013 recommendation).
 */
function legacyVerdicts(pool: Pool, users: number, runningServers: number): PoolVerdict[] {
  const { frontEndUsersPerServer: each, frontEndSpareServers: spare } = LYNC_2010;
  const needed = Math.ceil(users / each.value) + spare.value;
  if (runningServers >= needed) return [];
  return [
    {
      severity: 'warning',
      message: `${describePool(pool)} homes ${countOf(users, 'user')} on ${countOf(runningServers, 'running server')}; ${productName(2010)} plans one Front End server per ${formatCount(each.value)} users plus ${spare.value} so the pool keeps its performance when one is unavailable: it needs ${needed}.`,
      value: runningServers,
      limit: needed,
      source: each.source,
    },
  ];
}

/**
 * With one Front End down, the others must still carry the pool at 6,667 users each: the capacity page's own
 * example (30,000 users: 5 servers fail this, 6 pass). Pools of one server are TOPO-FE-MIN-3's business. A Lync
 * Server 2010 pool follows its own page (legacyVerdicts).
 */
export const capFeUsersN1 = definePoolRule({
  id: 'CAP-FE-USERS-N-1',
  title: 'Failover sizing: users fit on all servers but one',
  source: FRONT_END.usersPerServer.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users, runningServers }) => {
    if (users === 0) return [];
    if (pool.version === 2010) return legacyVerdicts(pool, users, runningServers);
    if (runningServers < 2) return [];
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
