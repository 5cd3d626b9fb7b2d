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

type Placement = { server: Server; poolId: string };

/**
 * The servers of every name (lower case) and, apart, those of the names listed more than once, each in the order of
 * the lookup (pools in the order they first appear, then servers in the design's order).
 */
interface Names {
  byName: Map<string, Placement[]>;
  repeated: Map<string, Placement[]>;
}

/** Per server lookup: the states of a plan that leave the servers share it. */
const namesOf = new WeakMap<DesignIndex['serversByPool'], Names>();

/** Computed once per validation (the index is new for each) and shared by the collocation rules. */
export function computersInSeveralPools(index: DesignIndex): Computer[] {
  const cached = computed.get(index);
  if (cached) return cached;
  const computers: Computer[] = [];
  for (const named of repeatedNamesOf(index.serversByPool).values()) {
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

/** The servers of each name (lower case), each list in the order of the lookup: for the rules about names. */
export function serversByName(serversByPool: DesignIndex['serversByPool']): ReadonlyMap<string, readonly Placement[]> {
  repeatedNamesOf(serversByPool);
  return namesOf.get(serversByPool)!.byName;
}

/** The same, for just the names listed more than once. */
export function repeatedNamesOf(
  serversByPool: DesignIndex['serversByPool'],
): ReadonlyMap<string, readonly Placement[]> {
  const cached = namesOf.get(serversByPool);
  if (cached) return cached.repeated;
  const byName = new Map<string, Placement[]>();
  const repeated = new Map<string, Placement[]>();
  for (const [poolId, servers] of serversByPool)
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      const list = byName.get(key);
      if (!list) {
        byName.set(key, [{ server, poolId }]);
        continue;
      }
      list.push({ server, poolId });
      repeated.set(key, list);
    }
  namesOf.set(serversByPool, { byName, repeated });
  return repeated;
}

/**
 * Hands the names of one server lookup to the next, when they were worked out for it and only `changed` servers
 * (each as it was and as it is, undefined where absent) differ: the names those servers had and have are gathered
 * again, every other name keeps its list. The order of a name's servers is the lookup's, which stands for the
 * names no change touches as long as the pools both lookups hold come in the same order (else nothing is carried).
 * Which computer comes first does not matter: every collocation finding names a server of its own computer first.
 */
export function carryNames(
  before: DesignIndex['serversByPool'],
  after: DesignIndex['serversByPool'],
  changed: ReadonlyArray<readonly [Server | undefined, Server | undefined]>,
): void {
  const known = namesOf.get(before);
  if (!known || before === after || !samePoolOrder(before, after)) return;
  const touched = new Set<string>();
  for (const pair of changed) for (const server of pair) if (server) touched.add(server.fqdn.toLowerCase());
  const byName = new Map(known.byName);
  const repeated = new Map(known.repeated);
  const ids = new Set<string>();
  for (const pair of changed) for (const server of pair) if (server) ids.add(server.id);
  let rank: Map<string, number> | undefined;
  for (const key of touched) {
    const list = (known.byName.get(key) ?? []).filter((placement) => !ids.has(placement.server.id));
    for (const [, server] of changed)
      if (server && server.fqdn.toLowerCase() === key) list.push({ server, poolId: server.poolId });
    rank ??= new Map([...after.keys()].map((poolId, i) => [poolId, i]));
    const order = rank;
    const at = (placement: Placement) => after.get(placement.poolId)!.indexOf(placement.server);
    list.sort((a, b) => order.get(a.poolId)! - order.get(b.poolId)! || at(a) - at(b));
    if (list.length > 0) byName.set(key, list);
    else byName.delete(key);
    if (list.length > 1) repeated.set(key, list);
    else repeated.delete(key);
  }
  namesOf.set(after, { byName, repeated });
}

/** The pools both lookups hold come in the same order in each. */
function samePoolOrder(a: DesignIndex['serversByPool'], b: DesignIndex['serversByPool']): boolean {
  const order = [...a.keys()].filter((poolId) => b.has(poolId));
  let i = 0;
  for (const poolId of b.keys()) {
    if (!a.has(poolId)) continue;
    if (order[i++] !== poolId) return false;
  }
  return i === order.length;
}
