import { FRONT_END } from '../catalog/frontEnd';
import { SOURCES } from '../catalog/sources';
import type { Pool } from '../model/pool';
import { isStandardEdition } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePairRule, type PairVerdict } from './define/pairRule';
import type { Figures } from './define/rule';

/** What one pool can carry on its own in failover: its servers at 6,667 users each within 80,000; a Standard Edition server 5,000. */
function failoverCapacity(pool: Pool, figures: Figures): number {
  if (isStandardEdition(pool)) return FRONT_END.standardEditionMaxUsers.value;
  const running = figures.pools.get(pool.id)?.runningServers ?? 0;
  return Math.min(running * FRONT_END.usersPerServer.value, FRONT_END.maxUsersPerPool.value);
}

/** Each pool of a pair must be able to serve the users of both ("each pool sized to carry both pools' users on failover"). */
export const topoPairCapacity = definePairRule({
  id: 'TOPO-PAIR-CAPACITY',
  title: 'Each paired pool can carry the users of both',
  source: SOURCES.poolPairing,
  evaluate: ({ a, b, association }, { figures }) => {
    const combined = (figures.pools.get(a.id)?.users ?? 0) + (figures.pools.get(b.id)?.users ?? 0);
    const verdicts: PairVerdict[] = [];
    for (const [pool, partner] of [
      [a, b],
      [b, a],
    ] as const) {
      if (pool.role !== 'frontEnd') continue;
      const capacity = failoverCapacity(pool, figures);
      if (combined <= capacity) continue;
      verdicts.push({
        severity: 'error',
        subjects: [pool.id, partner.id, association.id],
        message: `If ${describePool(partner)} fails, ${describePool(pool)} must carry both pools' ${countOf(combined, 'user')}; it can carry ${formatCount(capacity)}.`,
        value: combined,
        limit: capacity,
      });
    }
    return verdicts;
  },
});
