import { FRONT_END } from '../catalog/frontEnd';
import { LYNC_2010 } from '../catalog/lync2010';
import { isStandardEdition } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { productName } from '../wording/productNames';
import { definePoolRule, type PoolVerdict } from './define/poolRule';

const recommended = FRONT_END.standardEditionRecommendedUsers.value;
const maximum = FRONT_END.standardEditionMaxUsers.value;

/**
 * A Standard Edition server hosts up to 2,500 users (warning above), and at most 5,000, which is what the
 * survivor of a pair carries in failover (error above). A server above 5,000 gets both findings, as in
 * examples.md CAP-07. A Lync Server 2010 server has one documented figure, 5,000 users at most (no recommended
 * share, no pairing): above it, the error alone, citing the 2010 page.
 */
export const capSeUsers = definePoolRule({
  id: 'CAP-SE-USERS',
  title: 'Standard Edition: 2,500 users recommended, 5,000 at most',
  source: FRONT_END.standardEditionMaxUsers.source,
  appliesTo: isStandardEdition,
  evaluate: (pool, { users }) => {
    if (pool.version === 2010) {
      const { value: limit, source } = LYNC_2010.standardEditionMaxUsers;
      if (users <= limit) return [];
      return [
        {
          severity: 'error',
          message: `${describePool(pool)} homes ${countOf(users, 'user')}; a ${productName(2010)} Standard Edition server supports at most ${formatCount(limit)}. Move users to another pool.`,
          value: users,
          limit,
          source,
        },
      ];
    }
    const verdicts: PoolVerdict[] = [];
    if (users > maximum) {
      verdicts.push({
        severity: 'error',
        message: `${describePool(pool)} homes ${countOf(users, 'user')}; a Standard Edition server carries at most ${formatCount(maximum)}, even as the survivor of a pair. Use an Enterprise Edition pool or more servers.`,
        value: users,
        limit: maximum,
      });
    }
    if (users > recommended) {
      verdicts.push({
        severity: 'warning',
        message: `${describePool(pool)} homes ${countOf(users, 'user')}; up to ${formatCount(recommended)} per Standard Edition server is recommended.`,
        value: users,
        limit: recommended,
      });
    }
    return verdicts;
  },
});
