import type { Association } from '../model/association';
import type { Pool } from '../model/pool';
import type { DesignIndex } from './designIndex';

export interface PoolPair {
  association: Association;
  a: Pool;
  b: Pool;
}

/**
 * The DR pairs of the design: each `backupPool` association whose both ends are Lync Server 2013 pools. Pool pairing
 * is new in 2013 ("Lync Server 2013 adds new disaster recovery measures by enabling you to pair Front End pools",
 * lync-server-2013-new-disaster-recovery-and-high-availability-features.md), so an association that touches a 2010
 * pool is no pair for the pairing rules to size or check.
 */
export function poolPairs(associations: readonly Association[], index: DesignIndex): PoolPair[] {
  const pairs: PoolPair[] = [];
  for (const association of associations) {
    if (association.kind !== 'backupPool') continue;
    const a = index.pools.get(association.from);
    const b = index.pools.get(association.to);
    if (a && b && a.version !== 2010 && b.version !== 2010) pairs.push({ association, a, b });
  }
  return pairs;
}

/** A pool is virtual when its servers are virtual machines (hardware.virtual); pairing mixes are unsupported. */
export function isVirtualPool(pool: Pool, index: DesignIndex): boolean {
  const servers = index.serversByPool.get(pool.id) ?? [];
  return servers.length > 0 && servers.every((server) => server.hardware?.virtual === true);
}
