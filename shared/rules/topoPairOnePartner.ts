import { poolPairs } from '../analysis/pairs';
import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { type DesignVerdict, defineDesignRule } from './define/designRule';

/** A pool pairs with one other pool at most; Topology Builder offers only pools not already paired. */
export const topoPairOnePartner = defineDesignRule({
  id: 'TOPO-PAIR-ONE-PARTNER',
  title: 'A pool is paired with one other pool at most',
  source: SOURCES.poolPairing,
  structural: true,
  check({ design, index }) {
    const partners = new Map<string, string[]>();
    for (const { a, b, association } of poolPairs(design.associations, index)) {
      for (const pool of [a, b]) partners.set(pool.id, [...(partners.get(pool.id) ?? []), association.id]);
    }
    const verdicts: DesignVerdict[] = [];
    for (const [poolId, associations] of partners) {
      if (associations.length <= 1) continue;
      verdicts.push({
        severity: 'error',
        subjects: [poolId, ...associations],
        message: `${describePool(index.pools.get(poolId)!)} is paired ${countOf(associations.length, 'time')}; a pool has one backup pool at most.`,
        value: associations.length,
        limit: 1,
      });
    }
    return verdicts;
  },
});
