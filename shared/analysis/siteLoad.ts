import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import type { Design } from '../model/design';
import type { ProductVersion } from '../model/primitives';
import type { UserGroup } from '../model/userGroup';
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
  for (const site of design.sites)
    figures.set(site.id, { users: 0, remoteUsers: 0, edgeServers: 0, directorServers: 0, hostsFrontEnd: false });
  for (const group of design.userGroups) {
    const site = figures.get(group.siteId);
    if (site) site.users += group.count;
    const entry = remoteEntryOf(group, index);
    const entrySite = entry ? figures.get(entry.siteId) : undefined;
    if (entrySite && entry) entrySite.remoteUsers += entry.remoteUsers;
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

/**
 * Where a group's concurrent remote users enter, and how many: at the site of the Edge pool associated with
 * the Front End pool that registers them (their home pool, or the registrar of their SBA/SBS), or at that
 * pool's own site when it names no Edge. `version` is the product they enter through: that Edge pool's, or the
 * registering pool's when it names none (the Edge and Director pools of its version serve them; inferred).
 */
export function remoteEntryOf(
  group: UserGroup,
  index: DesignIndex,
): { siteId: string; remoteUsers: number; version: ProductVersion } | undefined {
  const home = index.pools.get(group.homePoolId);
  const registrar =
    home?.role === 'frontEnd'
      ? home.id
      : home && (home.role === 'sba' || home.role === 'sbs')
        ? index.registrarOf.get(home.id)
        : undefined;
  if (registrar === undefined) return undefined;
  const edge = index.pools.get(index.edgeOf.get(registrar) ?? '');
  const entry = edge ?? index.pools.get(registrar);
  if (entry === undefined) return undefined;
  return {
    siteId: entry.siteId,
    remoteUsers: sessionsOf(group.count, group.remotePercent ?? REMOTE_ACCESS.remotePercent.value),
    version: entry.version ?? 2013,
  };
}
