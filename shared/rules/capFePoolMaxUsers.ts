import { BY_VERSION, figureFor } from '../catalog/byVersion';
import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { productName } from '../wording/productNames';
import { definePoolRule } from './define/poolRule';

/**
 * At most 80,000 users per Front End pool, counting users of the SBAs/SBSs it is registrar for. Lync Server 2010
 * documents the same 80,000 on its own page, which a 2010 pool's finding cites.
 */
export const capFePoolMaxUsers = definePoolRule({
  id: 'CAP-FE-POOL-MAX-USERS',
  title: 'At most 80,000 users per Front End pool',
  source: FRONT_END.maxUsersPerPool.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users }) => {
    const { value: limit, source } = figureFor(pool, BY_VERSION.frontEndMaxUsersPerPool)!;
    if (users <= limit) return [];
    const product = pool.version === 2010 ? `${productName(2010)} ` : '';
    return [
      {
        severity: 'error',
        message: `${describePool(pool)} homes ${countOf(users, 'user')}; a ${product}Front End pool supports at most ${formatCount(limit)}. Move ${countOf(users - limit, 'user')} or more to another pool at the site.`,
        value: users,
        limit,
        source,
      },
    ];
  },
});
