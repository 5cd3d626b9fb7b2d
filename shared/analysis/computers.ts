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

/**
 * The first server of every name (lower case) and, apart, all the servers of the names listed more than once, in
 * the order of the lookup (pools in the order they first appear, then servers in the design's order). A server is
 * listed under its own pool (`indexServers`), so its pool is its `poolId`.
 */
interface Names {
  first: FirstNames;
  repeated: Map<string, Server[]>;
}

/**
 * The first server of every name, as the names of the lookup before it plus what a step changed (`carryNames`):
 * each state of a plan would otherwise copy all the design's names to change a few. `over` holds the names this
 * lookup changed (null: no server of that name any more); the rest are asked of `under`. A chain longer than
 * MAX_LAYERS is flattened into one map, so a name is found in a few look-ups however many states came before.
 */
interface FirstNames {
  over: Map<string, Server | null>;
  under: FirstNames | undefined;
  layers: number;
}

const MAX_LAYERS = 8;

function firstNamed(names: FirstNames, key: string): Server | undefined {
  for (let layer: FirstNames | undefined = names; layer; layer = layer.under) {
    const server = layer.over.get(key);
    if (server !== undefined) return server ?? undefined;
  }
  return undefined;
}

/** The names of `under` with `changes` over them, flattened when the chain grows long. */
function layered(under: FirstNames, changes: Map<string, Server | null>): FirstNames {
  if (under.layers < MAX_LAYERS) return { over: changes, under, layers: under.layers + 1 };
  const flat = new Map<string, Server | null>();
  const chain: FirstNames[] = [];
  for (let layer: FirstNames | undefined = under; layer; layer = layer.under) chain.push(layer);
  for (let i = chain.length - 1; i >= 0; i--) for (const [key, server] of chain[i]!.over) flat.set(key, server);
  for (const [key, server] of changes) flat.set(key, server);
  for (const [key, server] of flat) if (server === null) flat.delete(key);
  return { over: flat, under: undefined, layers: 0 };
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
    for (const server of named) {
      const pool = index.pools.get(server.poolId);
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

const NO_SERVERS: readonly Server[] = Object.freeze([]);

/** The servers named so (a lower-case name), in the order of the lookup: for the rules about names. */
export function serversNamed(serversByPool: DesignIndex['serversByPool'], name: string): readonly Server[] {
  const names = namesIn(serversByPool);
  const repeated = names.repeated.get(name);
  if (repeated) return repeated;
  const first = firstNamed(names.first, name);
  return first ? [first] : NO_SERVERS;
}

/** The servers of each name listed more than once, in the order of the lookup. */
export function repeatedNamesOf(serversByPool: DesignIndex['serversByPool']): ReadonlyMap<string, readonly Server[]> {
  return namesIn(serversByPool).repeated;
}

function namesIn(serversByPool: DesignIndex['serversByPool']): Names {
  const cached = namesOf.get(serversByPool);
  if (cached) return cached;
  const first = new Map<string, Server>();
  const repeated = new Map<string, Server[]>();
  for (const servers of serversByPool.values())
    for (const server of servers) {
      const key = server.fqdn.toLowerCase();
      const one = first.get(key);
      if (!one) {
        first.set(key, server);
        continue;
      }
      const list = repeated.get(key);
      if (list) list.push(server);
      else repeated.set(key, [one, server]);
    }
  const names = { first: { over: first, under: undefined, layers: 0 }, repeated };
  namesOf.set(serversByPool, names);
  return names;
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
  const ids = new Set<string>();
  for (const pair of changed)
    for (const server of pair)
      if (server) {
        touched.add(server.fqdn.toLowerCase());
        ids.add(server.id);
      }
  const first = new Map<string, Server | null>();
  const repeated = new Map(known.repeated);
  let rank: Map<string, number> | undefined;
  const at = (server: Server) => after.get(server.poolId)!.indexOf(server);
  for (const key of touched) {
    const list = serversNamed(before, key).filter((server) => !ids.has(server.id));
    for (const [, server] of changed) if (server && server.fqdn.toLowerCase() === key) list.push(server);
    if (list.length > 1) {
      rank ??= new Map([...after.keys()].map((poolId, i) => [poolId, i]));
      const order = rank;
      list.sort((a, b) => order.get(a.poolId)! - order.get(b.poolId)! || at(a) - at(b));
    }
    first.set(key, list[0] ?? null);
    if (list.length > 1) repeated.set(key, list);
    else repeated.delete(key);
  }
  namesOf.set(after, { first: layered(known.first, first), repeated });
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
