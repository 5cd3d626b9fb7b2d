import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { Site } from '../model/site';
import type { UserGroup } from '../model/userGroup';

/** Lookups every analysis needs, built once per validation so that no rule scans the whole design per entity. */
export interface DesignIndex {
  sites: Map<string, Site>;
  pools: Map<string, Pool>;
  serversByPool: Map<string, Server[]>;
  groupsByHomePool: Map<string, UserGroup[]>;
  linksBySite: Map<string, Link[]>;
  linksById: Map<string, Link>;
  /** SBA/SBS pool id -> the Front End pool that is its backup registrar (`registrar` association). */
  registrarOf: Map<string, string>;
  /** Front End pool id -> the Edge pool its remote users and external media use (`edge` association). */
  edgeOf: Map<string, string>;
  /** Sites that hold a PSTN gateway with media bypass (PSTN media stays off the WAN). */
  bypassSites: Set<string>;
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
    groupsByHomePool: new Map(),
    linksBySite: new Map(),
    linksById: new Map(design.links.map((link) => [link.id, link])),
    registrarOf: new Map(),
    edgeOf: new Map(),
    bypassSites: new Set(),
  };
  for (const server of design.servers) push(index.serversByPool, server.poolId, server);
  for (const group of design.userGroups) push(index.groupsByHomePool, group.homePoolId, group);
  for (const link of design.links) {
    push(index.linksBySite, link.siteA, link);
    push(index.linksBySite, link.siteB, link);
  }
  for (const association of design.associations) {
    if (association.kind === 'registrar') index.registrarOf.set(association.from, association.to);
    if (association.kind === 'edge') index.edgeOf.set(association.from, association.to);
  }
  for (const pool of design.pools) {
    if (pool.role === 'pstnGateway' && pool.mediaBypass === true) index.bypassSites.add(pool.siteId);
  }
  return index;
}
