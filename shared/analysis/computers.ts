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
/** The servers that share a name, per server lookup: the states of a plan that leave the servers share it. */
const repeatedNames = new WeakMap<DesignIndex['serversByPool'], Array<Array<{ server: Server; poolId: string }>>>();

/** Computed once per validation (the index is new for each) and shared by the collocation rules. */
export function computersInSeveralPools(index: DesignIndex): Computer[] {
  const cached = computed.get(index);
  if (cached) return cached;
  const computers: Computer[] = [];
  for (const named of repeatedNamesOf(index.serversByPool)) {
    const placements: Computer['placements'] = [];
    for (const { server, poolId } of named) {
      const pool = index.pools.get(poolId);
      if (pool) placements.push({ server, pool });
    }
    if (placements.length > 0) computers.push({ fqdn: placements[0]!.server.fqdn, placements });
  }
  const several = computers.filter(
    (computer) => computer.placements.length > 1 && new Set(computer.placements.map((p) => p.pool.id)).size > 1,
  );
  computed.set(index, several);
  return several;
}

/**
 * The servers of each name listed more than once, in the order of the lookup: most servers have a name of their
 * own, so count first and gather only the repeated names.
 */
function repeatedNamesOf(serversByPool: DesignIndex['serversByPool']) {
  const cached = repeatedNames.get(serversByPool);
  if (cached) return cached;
  const seen = new Map<string, number>();
  for (const servers of serversByPool.values())
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  const byName = new Map<string, Array<{ server: Server; poolId: string }>>();
  for (const [poolId, servers] of serversByPool)
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      if ((seen.get(key) ?? 0) < 2) continue;
      const list = byName.get(key) ?? byName.set(key, []).get(key)!;
      list.push({ server, poolId });
    }
  const repeated = [...byName.values()];
  repeatedNames.set(serversByPool, repeated);
  return repeated;
}
