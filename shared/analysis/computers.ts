import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { DesignIndex } from './designIndex';

/**
 * One computer in several roles. A .lyncplan places each server in one pool; a computer that runs two roles
 * appears once in each pool under the same FQDN, and the collocation rules read it that way.
 */
export interface Computer {
  fqdn: string;
  placements: Array<{ server: Server; pool: Pool }>;
}

const computed = new WeakMap<DesignIndex, Computer[]>();

/** Computed once per validation (the index is new for each) and shared by the collocation rules. */
export function computersInSeveralPools(index: DesignIndex): Computer[] {
  const cached = computed.get(index);
  if (cached) return cached;
  // Most servers have a name of their own: count first, and gather placements only for repeated names.
  const seen = new Map<string, number>();
  for (const servers of index.serversByPool.values())
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  const byFqdn = new Map<string, Computer>();
  for (const [poolId, servers] of index.serversByPool) {
    const pool = index.pools.get(poolId);
    if (!pool) continue;
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      if ((seen.get(key) ?? 0) < 2) continue;
      const computer = byFqdn.get(key) ?? byFqdn.set(key, { fqdn: server.fqdn, placements: [] }).get(key)!;
      computer.placements.push({ server, pool });
    }
  }
  const several = [...byFqdn.values()].filter(
    (computer) => computer.placements.length > 1 && new Set(computer.placements.map((p) => p.pool.id)).size > 1,
  );
  computed.set(index, several);
  return several;
}
