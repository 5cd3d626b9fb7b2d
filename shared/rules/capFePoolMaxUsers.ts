import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const limit = FRONT_END.maxUsersPerPool.value;

/** At most 80,000 users per Front End pool, counting users of the SBAs/SBSs it is registrar for. */
export const capFePoolMaxUsers = definePoolRule({
  id: 'CAP-FE-POOL-MAX-USERS',
  title: 'At most 80,000 users per Front End pool',
  source: FRONT_END.maxUsersPerPool.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users }) =>
    users <= limit
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} homes ${countOf(users, 'user')}; a Front End pool supports at most ${formatCount(limit)}. Move ${countOf(users - limit, 'user')} or more to another pool at the site.`,
            value: users,
            limit,
          },
        ],
});
