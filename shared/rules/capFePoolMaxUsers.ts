import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../analysis/poolLoad';
import { describePool, formatCount } from './describe';
import type { Finding, Rule } from './rule';

/** At most 80,000 users per Front End pool, counting users of the SBAs/SBSs it is registrar for. */
export const capFePoolMaxUsers: Rule = {
  id: 'CAP-FE-POOL-MAX-USERS',
  title: 'At most 80,000 users per Front End pool',
  source: FRONT_END.maxUsersPerPool.source,
  check({ index, figures }) {
    const limit = FRONT_END.maxUsersPerPool.value;
    const findings: Finding[] = [];
    for (const pool of index.pools.values()) {
      if (!isEnterpriseFrontEnd(pool)) continue;
      const users = figures.pools.get(pool.id)?.users ?? 0;
      if (users <= limit) continue;
      findings.push({
        rule: this.id,
        severity: 'error',
        subjects: [pool.id],
        message: `${describePool(pool)} homes ${formatCount(users)} users; a Front End pool supports at most ${formatCount(limit)}. Move ${formatCount(users - limit)} or more users to another pool at the site.`,
        value: users,
        limit,
        source: this.source,
      });
    }
    return findings;
  },
};
