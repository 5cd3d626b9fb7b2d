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

/**
 * The index of a design from the index of one that shares some of its collections (the state before a step of a
 * migration plan): the lookups of each collection that is the same array are the same objects, the others are
 * built again. The sites must be the same.
 */
export function reindexDesign(index: DesignIndex, before: Design, after: Design): DesignIndex {
  return {
    sites: index.sites,
    ...(before.pools === after.pools ? pick(index, POOL_KEYS) : indexPools(after)),
    serversByPool: before.servers === after.servers ? index.serversByPool : indexServers(after),
    ...(before.userGroups === after.userGroups ? pick(index, GROUP_KEYS) : indexGroups(after)),
    ...(before.links === after.links ? pick(index, LINK_KEYS) : indexLinks(after)),
    ...(before.associations === after.associations ? pick(index, ASSOCIATION_KEYS) : indexAssociations(after)),
  };
}

const POOL_KEYS = ['pools', 'poolsBySite', 'bypassSites', 'gatewaySites', 'reachesPstn'] as const;
const GROUP_KEYS = ['groupPositionsByHomePool', 'groupPositionsBySite'] as const;
const LINK_KEYS = ['linksBySite', 'linksById'] as const;
const ASSOCIATION_KEYS = ['associationsFrom', 'associationsTo', 'registrarOf', 'edgeOf'] as const;

function pick<K extends keyof DesignIndex>(index: DesignIndex, keys: readonly K[]): Pick<DesignIndex, K> {
  const part = {} as Pick<DesignIndex, K>;
  for (const key of keys) part[key] = index[key];
  return part;
}

function indexPools(design: Design): Pick<DesignIndex, (typeof POOL_KEYS)[number]> {
  const part = {
    pools: new Map(design.pools.map((pool) => [pool.id, pool])),
    poolsBySite: new Map<string, Pool[]>(),
    bypassSites: new Set<string>(),
    gatewaySites: new Set<string>(),
    reachesPstn: false,
  };
  for (const pool of design.pools) push(part.poolsBySite, pool.siteId, pool);
  for (const pool of design.pools) {
    if (pool.role === 'pstnGateway') part.gatewaySites.add(pool.siteId);
    if (pool.role === 'pstnGateway' && pool.mediaBypass === true) part.bypassSites.add(pool.siteId);
    if (pool.role === 'pstnGateway' || pool.role === 'sba' || pool.role === 'sbs') part.reachesPstn = true;
  }
  return part;
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
