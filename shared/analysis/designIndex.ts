import type { Association } from '../model/association';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { Site } from '../model/site';

/**
 * Lookups every analysis needs, built once per validation so that no rule scans the whole design per entity. User
 * groups are listed by their position in `design.userGroups`, not as objects: an edit of a group's numbers moves
 * no group, so the index of the design before it serves the design after it unchanged.
 */
export interface DesignIndex {
  sites: Map<string, Site>;
  pools: Map<string, Pool>;
  serversByPool: Map<string, Server[]>;
  poolsBySite: Map<string, Pool[]>;
  /** The pools of each role, in the design's order: what the rules about one role read, rather than every pool. */
  poolsByRole: Map<Pool['role'], Pool[]>;
  /** Positions in `design.userGroups` of the groups homed on each pool, and of those at each site, in order. */
  groupPositionsByHomePool: Map<string, number[]>;
  groupPositionsBySite: Map<string, number[]>;
  linksBySite: Map<string, Link[]>;
  linksById: Map<string, Link>;
  /** SBA/SBS pool id -> the Front End pool that is its backup registrar (`registrar` association). */
  registrarOf: Map<string, string>;
  /** Associations by the pool they start from and the pool they end at. */
  associationsFrom: Map<string, Association[]>;
  associationsTo: Map<string, Association[]>;
  /** Front End pool id -> the Edge pool its remote users and external media use (`edge` association). */
  edgeOf: Map<string, string>;
  /** Sites that hold a PSTN gateway with media bypass (PSTN media stays off the WAN). */
  bypassSites: Set<string>;
  /** Sites that hold a PSTN gateway (with or without media bypass). */
  gatewaySites: Set<string>;
  /** The design has a way to the PSTN: a PSTN gateway, an SBA (which holds one) or an SBS (its gateway or trunk). */
  reachesPstn: boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDesign(design: Design): DesignIndex {
  return {
    sites: new Map(design.sites.map((site) => [site.id, site])),
    ...indexPools(design),
    serversByPool: indexServers(design),
    ...indexGroups(design),
    ...indexLinks(design),
    ...indexAssociations(design),
  };
}

/** Entities of one collection that differ between two designs, each as it was and as it is (undefined: absent). */
export type EntityEdits<T> = ReadonlyArray<readonly [T | undefined, T | undefined]>;

/** What differs between the two designs `reindexDesign` is given, collection by collection (topologyChanges). */
export interface IndexEdits {
  pools: EntityEdits<Pool>;
  servers: EntityEdits<Server>;
  associations: EntityEdits<Association>;
  links: EntityEdits<Link>;
  /** Collections whose entities no longer stand in the same order. */
  reordered: ReadonlySet<string>;
}

/**
 * The index of a design from the index of one that shares some of its collections (the state before a step of a
 * migration plan): the lookups of each collection that is the same array are the same objects, the others are
 * built again, or, given what differs (`edits`) and when that is entities edited in place or added at the end of
 * their list (a step's `set`, `moveHosted`, `moveCms` and `add`), patched: a copy of each lookup with those entities
 * put in, the same lookups a fresh index has, in the same order. The sites must be the same.
 */
export function reindexDesign(index: DesignIndex, before: Design, after: Design, edits?: IndexEdits): DesignIndex {
  const patch = <T>(
    collection: 'pools' | 'servers' | 'associations' | 'links',
    keep: (old: T, next: T) => boolean,
  ): Patch<T> | undefined =>
    edits &&
    patchOf(
      before[collection] as unknown as readonly T[],
      after[collection] as unknown as readonly T[],
      edits[collection] as EntityEdits<T>,
      edits.reordered.has(collection),
      keep,
    );
  const pools =
    before.pools === after.pools
      ? undefined
      : patch<Pool>('pools', (a, b) => a.siteId === b.siteId && a.role === b.role);
  const servers =
    before.servers === after.servers ? undefined : patch<Server>('servers', (a, b) => a.poolId === b.poolId);
  const links =
    before.links === after.links
      ? undefined
      : patch<Link>('links', (a, b) => a.siteA === b.siteA && a.siteB === b.siteB);
  const associations =
    before.associations === after.associations
      ? undefined
      : patch<Association>('associations', (a, b) => a.kind === b.kind && a.from === b.from && a.to === b.to);
  return {
    sites: index.sites,
    ...(before.pools === after.pools
      ? pick(index, POOL_KEYS)
      : pools
        ? patchPools(index, after, pools)
        : indexPools(after)),
    serversByPool:
      before.servers === after.servers
        ? index.serversByPool
        : servers
          ? patchGroups(index.serversByPool, (server) => server.poolId, servers)
          : indexServers(after),
    ...(before.userGroups === after.userGroups ? pick(index, GROUP_KEYS) : indexGroups(after)),
    ...(before.links === after.links ? pick(index, LINK_KEYS) : links ? patchLinks(index, links) : indexLinks(after)),
    ...(before.associations === after.associations
      ? pick(index, ASSOCIATION_KEYS)
      : associations
        ? patchAssociations(index, associations)
        : indexAssociations(after)),
  };
}

/** A list's change as entities replaced in place (by the old object) and entities added at its end, in order. */
interface Patch<T> {
  replaced: Map<T, T>;
  appended: T[];
}

/**
 * `edits` as a patch, when they are only that: no entity removed or reordered, every edited one keeping what places
 * it in the lookups (`keep`), the added ones exactly the end of `after`. Undefined otherwise (index afresh).
 */
function patchOf<T>(
  before: readonly T[],
  after: readonly T[],
  edits: EntityEdits<T>,
  reordered: boolean,
  keep: (old: T, next: T) => boolean,
): Patch<T> | undefined {
  if (reordered) return undefined;
  const replaced = new Map<T, T>();
  const appended: T[] = [];
  for (const [old, next] of edits) {
    if (next === undefined) return undefined;
    if (old === undefined) appended.push(next);
    else if (keep(old, next)) replaced.set(old, next);
    else return undefined;
  }
  if (after.length !== before.length + appended.length) return undefined;
  for (let k = 0; k < appended.length; k++) if (after[before.length + k] !== appended[k]) return undefined;
  return { replaced, appended };
}

/** A lookup by key with a patch put in: the lists it changes are copies, the keys it adds come last (as first seen). */
function patchGroups<K, T>(lookup: Map<K, T[]>, keyOf: (entity: T) => K, patch: Patch<T>): Map<K, T[]> {
  const next = new Map(lookup);
  const copied = new Set<K>();
  const listAt = (key: K): T[] => {
    if (!copied.has(key)) {
      copied.add(key);
      next.set(key, [...(lookup.get(key) ?? [])]);
    }
    return next.get(key)!;
  };
  for (const [old, entity] of patch.replaced) {
    const list = listAt(keyOf(old));
    list[list.indexOf(old)] = entity;
  }
  for (const entity of patch.appended) listAt(keyOf(entity)).push(entity);
  return next;
}

/** A lookup by id with a patch put in (an edited entity keeps its place, an added one comes last). */
function patchById<T extends { id: string }>(lookup: Map<string, T>, patch: Patch<T>): Map<string, T> {
  const next = new Map(lookup);
  for (const entity of patch.replaced.values()) next.set(entity.id, entity);
  for (const entity of patch.appended) next.set(entity.id, entity);
  return next;
}

const PSTN_ROLES: ReadonlySet<string> = new Set(['pstnGateway', 'sba', 'sbs']);

function patchPools(
  index: DesignIndex,
  after: Design,
  patch: Patch<Pool>,
): Pick<DesignIndex, (typeof POOL_KEYS)[number]> {
  const touchesPstn =
    patch.appended.some((pool) => PSTN_ROLES.has(pool.role)) ||
    [...patch.replaced].some(([old, pool]) => PSTN_ROLES.has(old.role) || PSTN_ROLES.has(pool.role));
  return {
    pools: patchById(index.pools, patch),
    poolsBySite: patchGroups(index.poolsBySite, (pool) => pool.siteId, patch),
    poolsByRole: patchGroups(index.poolsByRole, (pool) => pool.role, patch),
    ...(touchesPstn ? pstnFacts(after) : pick(index, ['bypassSites', 'gatewaySites', 'reachesPstn'] as const)),
  };
}

function patchLinks(index: DesignIndex, patch: Patch<Link>): Pick<DesignIndex, (typeof LINK_KEYS)[number]> {
  const bySiteA = patchGroups(index.linksBySite, (link) => link.siteA, patch);
  return {
    linksBySite: patchGroups(bySiteA, (link) => link.siteB, patch),
    linksById: patchById(index.linksById, patch),
  };
}

function patchAssociations(
  index: DesignIndex,
  patch: Patch<Association>,
): Pick<DesignIndex, (typeof ASSOCIATION_KEYS)[number]> {
  const registrarOf = new Map(index.registrarOf);
  const edgeOf = new Map(index.edgeOf);
  // An edited association keeps its kind and ends: what it says of registrars and Edges stands; an added one is last.
  for (const association of patch.appended) {
    if (association.kind === 'registrar') registrarOf.set(association.from, association.to);
    if (association.kind === 'edge') edgeOf.set(association.from, association.to);
  }
  return {
    associationsFrom: patchGroups(index.associationsFrom, (association) => association.from, patch),
    associationsTo: patchGroups(index.associationsTo, (association) => association.to, patch),
    registrarOf,
    edgeOf,
  };
}

const POOL_KEYS = ['pools', 'poolsBySite', 'poolsByRole', 'bypassSites', 'gatewaySites', 'reachesPstn'] as const;
const GROUP_KEYS = ['groupPositionsByHomePool', 'groupPositionsBySite'] as const;
const LINK_KEYS = ['linksBySite', 'linksById'] as const;
const ASSOCIATION_KEYS = ['associationsFrom', 'associationsTo', 'registrarOf', 'edgeOf'] as const;

function pick<K extends keyof DesignIndex>(index: DesignIndex, keys: readonly K[]): Pick<DesignIndex, K> {
  const part = {} as Pick<DesignIndex, K>;
  for (const key of keys) part[key] = index[key];
  return part;
}

function indexPools(design: Design): Pick<DesignIndex, (typeof POOL_KEYS)[number]> {
  const poolsBySite = new Map<string, Pool[]>();
  const poolsByRole = new Map<Pool['role'], Pool[]>();
  for (const pool of design.pools) {
    push(poolsBySite, pool.siteId, pool);
    push(poolsByRole, pool.role, pool);
  }
  return {
    pools: new Map(design.pools.map((pool) => [pool.id, pool])),
    poolsBySite,
    poolsByRole,
    ...pstnFacts(design),
  };
}

function pstnFacts(design: Design): Pick<DesignIndex, 'bypassSites' | 'gatewaySites' | 'reachesPstn'> {
  const facts = { bypassSites: new Set<string>(), gatewaySites: new Set<string>(), reachesPstn: false };
  for (const pool of design.pools) {
    if (pool.role === 'pstnGateway') facts.gatewaySites.add(pool.siteId);
    if (pool.role === 'pstnGateway' && pool.mediaBypass === true) facts.bypassSites.add(pool.siteId);
    if (pool.role === 'pstnGateway' || pool.role === 'sba' || pool.role === 'sbs') facts.reachesPstn = true;
  }
  return facts;
}

function indexServers(design: Design): Map<string, Server[]> {
  const serversByPool = new Map<string, Server[]>();
  for (const server of design.servers) push(serversByPool, server.poolId, server);
  return serversByPool;
}

function indexGroups(design: Design): Pick<DesignIndex, (typeof GROUP_KEYS)[number]> {
  const part = {
    groupPositionsByHomePool: new Map<string, number[]>(),
    groupPositionsBySite: new Map<string, number[]>(),
  };
  design.userGroups.forEach((group, position) => {
    push(part.groupPositionsByHomePool, group.homePoolId, position);
    push(part.groupPositionsBySite, group.siteId, position);
  });
  return part;
}

function indexLinks(design: Design): Pick<DesignIndex, (typeof LINK_KEYS)[number]> {
  const part = {
    linksBySite: new Map<string, Link[]>(),
    linksById: new Map(design.links.map((link) => [link.id, link])),
  };
  for (const link of design.links) {
    push(part.linksBySite, link.siteA, link);
    push(part.linksBySite, link.siteB, link);
  }
  return part;
}

function indexAssociations(design: Design): Pick<DesignIndex, (typeof ASSOCIATION_KEYS)[number]> {
  const part = {
    associationsFrom: new Map<string, Association[]>(),
    associationsTo: new Map<string, Association[]>(),
    registrarOf: new Map<string, string>(),
    edgeOf: new Map<string, string>(),
  };
  for (const association of design.associations) {
    push(part.associationsFrom, association.from, association);
    push(part.associationsTo, association.to, association);
    if (association.kind === 'registrar') part.registrarOf.set(association.from, association.to);
    if (association.kind === 'edge') part.edgeOf.set(association.from, association.to);
  }
  return part;
}

/** The associations of one kind that start from (or end at) a pool. */
export function associated(
  index: DesignIndex,
  poolId: string,
  kind: Association['kind'],
  direction: 'from' | 'to' = 'from',
): Association[] {
  const list = (direction === 'from' ? index.associationsFrom : index.associationsTo).get(poolId);
  return list ? list.filter((association) => association.kind === kind) : [];
}
