import { FRONT_END_TOPOLOGY } from '../catalog/frontEndTopology';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import type { PairVerdict } from './define/pairRule';
import { definePairRule } from './define/pairRule';

const limit = FRONT_END_TOPOLOGY.pairedPoolMaxUsers.value;

/** In a DR pair, each Enterprise pool homes at most 40,000 users, so either can carry both (capacity planning page). */
export const capFePairedMaxUsers = definePairRule({
  id: 'CAP-FE-PAIRED-MAX-USERS',
  title: 'At most 40,000 users in each of two paired pools',
  source: FRONT_END_TOPOLOGY.pairedPoolMaxUsers.source,
  evaluate: ({ a, b, association }, { figures }) => {
    const verdicts: PairVerdict[] = [];
    for (const pool of [a, b]) {
      const users = figures.pools.get(pool.id)?.users ?? 0;
      if (!isEnterpriseFrontEnd(pool) || users <= limit) continue;
      verdicts.push({
        severity: 'error',
        subjects: [pool.id, association.id],
        message: `${describePool(pool)} is paired for disaster recovery and homes ${countOf(users, 'user')}; a paired pool homes at most ${formatCount(limit)}.`,
        value: users,
        limit,
      });
    }
    return verdicts;
  },
});
