import type { DesignIndex } from '../analysis/designIndex';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';

/**
 * One computer in several roles. A .lyncplan places each server in one pool; a computer that runs two roles
 * appears once in each pool under the same FQDN, and the collocation rules read it that way.
 */
export interface Computer {
  fqdn: string;
  placements: Array<{ server: Server; pool: Pool }>;
}

export function computersInSeveralPools(index: DesignIndex): Computer[] {
  const byFqdn = new Map<string, Computer>();
  for (const [poolId, servers] of index.serversByPool) {
    const pool = index.pools.get(poolId);
    if (!pool) continue;
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      const computer = byFqdn.get(key) ?? byFqdn.set(key, { fqdn: server.fqdn, placements: [] }).get(key)!;
      computer.placements.push({ server, pool });
    }
  }
  return [...byFqdn.values()].filter((computer) => new Set(computer.placements.map((p) => p.pool.id)).size > 1);
}
