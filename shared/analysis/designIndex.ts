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
  const index: DesignIndex = {
    sites: new Map(design.sites.map((site) => [site.id, site])),
    pools: new Map(design.pools.map((pool) => [pool.id, pool])),
    serversByPool: new Map(),
    poolsBySite: new Map(),
    groupPositionsByHomePool: new Map(),
    groupPositionsBySite: new Map(),
    linksBySite: new Map(),
    linksById: new Map(design.links.map((link) => [link.id, link])),
    registrarOf: new Map(),
    edgeOf: new Map(),
    associationsFrom: new Map(),
    associationsTo: new Map(),
    bypassSites: new Set(),
    gatewaySites: new Set(),
    reachesPstn: false,
  };
  for (const server of design.servers) push(index.serversByPool, server.poolId, server);
  for (const pool of design.pools) push(index.poolsBySite, pool.siteId, pool);
  design.userGroups.forEach((group, position) => {
    push(index.groupPositionsByHomePool, group.homePoolId, position);
    push(index.groupPositionsBySite, group.siteId, position);
  });
  for (const link of design.links) {
    push(index.linksBySite, link.siteA, link);
    push(index.linksBySite, link.siteB, link);
  }
  for (const association of design.associations) {
    push(index.associationsFrom, association.from, association);
    push(index.associationsTo, association.to, association);
    if (association.kind === 'registrar') index.registrarOf.set(association.from, association.to);
    if (association.kind === 'edge') index.edgeOf.set(association.from, association.to);
  }
  for (const pool of design.pools) {
    if (pool.role === 'pstnGateway') index.gatewaySites.add(pool.siteId);
    if (pool.role === 'pstnGateway' && pool.mediaBypass === true) index.bypassSites.add(pool.siteId);
    if (pool.role === 'pstnGateway' || pool.role === 'sba' || pool.role === 'sbs') index.reachesPstn = true;
  }
  return index;
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
