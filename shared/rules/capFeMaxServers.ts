import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../analysis/poolLoad';
import { describePool } from './describe';
import type { Finding, Rule } from './rule';

/** At most 12 Front End servers in a pool (capacity planning page: "The maximum number of Front End Servers in a pool is 12"). */
export const capFeMaxServers: Rule = {
  id: 'CAP-FE-MAX-SERVERS',
  title: 'At most 12 Front End servers per pool',
  source: FRONT_END.maxServersPerPool.source,
  check({ index, figures }) {
    const limit = FRONT_END.maxServersPerPool.value;
    const findings: Finding[] = [];
    for (const pool of index.pools.values()) {
      if (!isEnterpriseFrontEnd(pool)) continue;
      const servers = figures.pools.get(pool.id)?.servers ?? 0;
      if (servers <= limit) continue;
      findings.push({
        rule: this.id,
        severity: 'error',
        subjects: [pool.id],
        message: `${describePool(pool)} has ${servers} servers; a pool holds at most ${limit}.`,
        value: servers,
        limit,
        source: this.source,
      });
    }
    return findings;
  },
};
