import { FRONT_END } from '../catalog/frontEnd';
import { isStandardEdition } from '../analysis/poolLoad';
import { describePool, formatCount } from './describe';
import type { Finding, Rule } from './rule';

/**
 * A Standard Edition server hosts up to 2,500 users (warning above), and at most 5,000, which is what the
 * survivor of a pair carries in failover (error above). A server above 5,000 gets both findings, as in
 * examples.md CAP-07.
 */
export const capSeUsers: Rule = {
  id: 'CAP-SE-USERS',
  title: 'Standard Edition: 2,500 users recommended, 5,000 at most',
  source: FRONT_END.standardEditionMaxUsers.source,
  check({ index, figures }) {
    const recommended = FRONT_END.standardEditionRecommendedUsers.value;
    const maximum = FRONT_END.standardEditionMaxUsers.value;
    const findings: Finding[] = [];
    for (const pool of index.pools.values()) {
      if (!isStandardEdition(pool)) continue;
      const users = figures.pools.get(pool.id)?.users ?? 0;
      if (users > maximum) {
        findings.push({
          rule: this.id,
          severity: 'error',
          subjects: [pool.id],
          message: `${describePool(pool)} homes ${formatCount(users)} users; a Standard Edition server carries at most ${formatCount(maximum)}, even as the survivor of a pair. Use an Enterprise Edition pool or more servers.`,
          value: users,
          limit: maximum,
          source: this.source,
        });
      }
      if (users > recommended) {
        findings.push({
          rule: this.id,
          severity: 'warning',
          subjects: [pool.id],
          message: `${describePool(pool)} homes ${formatCount(users)} users; up to ${formatCount(recommended)} per Standard Edition server is recommended.`,
          value: users,
          limit: recommended,
          source: this.source,
        });
      }
    }
    return findings;
  },
};
