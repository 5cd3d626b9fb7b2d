import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const limit = FRONT_END.maxServersPerPool.value;

/**
 * At most 12 Front End servers in a pool (capacity planning page: "The maximum number of Front End Servers in a pool
 * is 12"). The Lync Server 2010 page gives no maximum (its tested pool of eight is not one), so a 2010 pool is not
 * judged by the 2013 twelve.
 */
export const capFeMaxServers = definePoolRule({
  id: 'CAP-FE-MAX-SERVERS',
  title: 'At most 12 Front End servers per pool',
  source: FRONT_END.maxServersPerPool.source,
  appliesTo: (pool) => isEnterpriseFrontEnd(pool) && pool.version !== 2010,
  evaluate: (pool, { servers }) =>
    servers <= limit
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} has ${countOf(servers, 'server')}; a pool holds at most ${limit}.`,
            value: servers,
            limit,
          },
        ],
});
