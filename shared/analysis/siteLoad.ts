import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import type { Design } from '../model/design';
import type { DesignIndex } from './designIndex';
import { sessionsOf } from './linkDemand';

export interface SiteFigures {
  /** People sitting at the site. */
  users: number;
  /** Concurrent remote users entering through this site's Edge (and Director) pools. */
  remoteUsers: number;
  /** Running servers of the site's Edge pools and Director pools. */
  edgeServers: number;
  directorServers: number;
  /** A site with a Front End pool or Standard Edition server is a central site, whatever it was declared as. */
  hostsFrontEnd: boolean;
}

/**
 * Per-site figures. Remote users are the concurrent users connected from outside (each group's remotePercent,
 * default 30%), counted where they enter: at the site of the Edge pool their Front End pool is associated with
 * (`edge`), or at the Front End pool's own site when it names none. Users homed on an SBA/SBS count with its
 * registrar pool ("and toward Edge/Director counts of the site", capacity planning page).
 */
export function siteFigures(design: Design, index: DesignIndex): Map<string, SiteFigures> {
  const figures = new Map<string, SiteFigures>();
  for (const site of design.sites) figures.set(site.id, { users: 0, remoteUsers: 0, edgeServers: 0, directorServers: 0, hostsFrontEnd: false });
  const edgeOf = new Map<string, string>();
  for (const association of design.associations) if (association.kind === 'edge') edgeOf.set(association.from, association.to);

  const registrarPool = (poolId: string): string | undefined => {
    const pool = index.pools.get(poolId);
    if (!pool) return undefined;
    if (pool.role === 'frontEnd') return pool.id;
    if (pool.role === 'sba' || pool.role === 'sbs') return index.registrarOf.get(pool.id);
    return undefined;
  };
  const entrySite = (frontEndId: string): string | undefined => {
    const edge = index.pools.get(edgeOf.get(frontEndId) ?? '');
    return edge?.siteId ?? index.pools.get(frontEndId)?.siteId;
  };

  for (const group of design.userGroups) {
    const site = figures.get(group.siteId);
    if (site) site.users += group.count;
    const registrar = registrarPool(group.homePoolId);
    const entry = registrar ? figures.get(entrySite(registrar) ?? '') : undefined;
    if (entry) entry.remoteUsers += sessionsOf(group.count, group.remotePercent ?? REMOTE_ACCESS.remotePercent.value);
  }
  for (const pool of index.pools.values()) {
    const site = figures.get(pool.siteId);
    if (!site) continue;
    const running = (index.serversByPool.get(pool.id) ?? []).filter((server) => server.running !== false).length;
    if (pool.role === 'edge') site.edgeServers += running;
    if (pool.role === 'director') site.directorServers += running;
    if (pool.role === 'frontEnd') site.hostsFrontEnd = true;
  }
  return figures;
}
