import { BY_VERSION, type VersionedFigure, versionOf } from '../catalog/byVersion';
import type { Figure } from '../catalog/sources';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import type { ProductVersion } from '../model/primitives';
import type { UserGroup } from '../model/userGroup';
import type { DesignIndex } from './designIndex';
import type { PoolFigures } from './poolLoad';
import { remoteEntryOf, type SiteFigures } from './siteLoad';

/** What the sizing of Edge and Director pools reads: the rules' context and the report's validation both have it. */
export interface RemoteAccessInputs {
  design: Design;
  index: DesignIndex;
  figures: { pools: ReadonlyMap<string, PoolFigures>; sites: ReadonlyMap<string, SiteFigures> };
}

/** The Edge (or Director) pools of one site and one product version, sized together as the capacity page sizes them. */
export interface RemoteAccessGroup {
  version: ProductVersion;
  pools: Pool[];
  runningServers: number;
  /** Concurrent remote users entering through this version's pools at the site. */
  remoteUsers: number;
  perServer: Figure;
  /** ceil(remoteUsers / perServer): what CAP-EDGE-REMOTE-USERS (CAP-DIR-REMOTE-USERS) compares the servers with. */
  requiredServers: number;
}

const NONE: readonly RemoteAccessGroup[] = Object.freeze([]);

const FIGURES: Record<'edge' | 'director', VersionedFigure> = {
  edge: BY_VERSION.remoteUsersPerEdge,
  director: BY_VERSION.remoteUsersPerDirector,
};

/**
 * A site's Edge (or Director) pools, one group per product version: "1 Edge Server per 12,000 concurrent remote
 * users per site" in 2013, 15,000 in 2010, each version's servers against the users who enter through them. Where
 * the site's pools of the role are all of one version, they carry every remote user entering at the site (the site
 * figure); only a site with both versions (a migration) splits its users by the version they enter through
 * (remoteEntryOf), which reads every group once.
 */
export function remoteAccessGroups(
  siteId: string,
  role: 'edge' | 'director',
  { design, index, figures }: RemoteAccessInputs,
): readonly RemoteAccessGroup[] {
  // Most sites have no pool of the role: say so before making anything (this runs for every site on every edit).
  const sitePools = index.poolsBySite.get(siteId);
  if (!sitePools?.some((pool) => pool.role === role)) return NONE;
  const byVersion = new Map<ProductVersion, Pool[]>();
  for (const pool of sitePools) {
    if (pool.role !== role) continue;
    const version = versionOf(pool);
    const same = byVersion.get(version);
    if (same) same.push(pool);
    else byVersion.set(version, [pool]);
  }
  const remote = new Map<ProductVersion, number>();
  if (byVersion.size === 1) {
    remote.set([...byVersion.keys()][0]!, figures.sites.get(siteId)?.remoteUsers ?? 0);
  } else {
    for (const [version, users] of remoteUsersByEntry(design, index).get(siteId) ?? []) remote.set(version, users);
  }
  const groups: RemoteAccessGroup[] = [];
  for (const [version, pools] of byVersion) {
    const perServer = FIGURES[role][version];
    // A version that documents no figure for the role is not sized (both do today).
    if (!perServer) continue;
    const remoteUsers = remote.get(version) ?? 0;
    groups.push({
      version,
      pools,
      runningServers: pools.reduce((sum, pool) => sum + (figures.pools.get(pool.id)?.runningServers ?? 0), 0),
      remoteUsers,
      perServer,
      requiredServers: Math.ceil(remoteUsers / perServer.value),
    });
  }
  return groups;
}

/**
 * The servers one Edge or Director pool needs: its group's requirement less what the group's other pools run. For
 * the usual one pool per site and version, the group's requirement itself; in every case the pool falls short
 * exactly when its group does, which is when the sizing rule speaks.
 */
export function remoteAccessServersFor(pool: Pool, inputs: RemoteAccessInputs): number | undefined {
  if (pool.role !== 'edge' && pool.role !== 'director') return undefined;
  const group = remoteAccessGroups(pool.siteId, pool.role, inputs).find((g) => g.pools.includes(pool));
  if (!group) return undefined;
  const own = inputs.figures.pools.get(pool.id)?.runningServers ?? 0;
  return Math.max(0, group.requiredServers - (group.runningServers - own));
}

const entriesByIndex = new WeakMap<DesignIndex, { groups: Design['userGroups']; bySite: EntryTotals }>();
type EntryTotals = Map<string, Map<ProductVersion, number>>;

/**
 * Remote users by the site and product version they enter through (remoteEntryOf), for every site at once: each
 * group is read once per design and index, however many mixed sites and pools ask (the rules, the figures, a plan's
 * states, which share their lists).
 */
function remoteUsersByEntry(design: Design, index: DesignIndex): EntryTotals {
  const known = entriesByIndex.get(index);
  if (known && known.groups === design.userGroups) return known.bySite;
  const bySite: EntryTotals = new Map();
  for (const group of design.userGroups) {
    const entry = remoteEntryOf(group, index);
    if (!entry) continue;
    const site = bySite.get(entry.siteId) ?? new Map<ProductVersion, number>();
    site.set(entry.version, (site.get(entry.version) ?? 0) + entry.remoteUsers);
    bySite.set(entry.siteId, site);
  }
  entriesByIndex.set(index, { groups: design.userGroups, bySite });
  return bySite;
}

/**
 * Hands the remote users by entry of a design to the next one, when they were worked out for it: those of the
 * `changed` groups (each as it was and as it is: every group whose entry or count may differ between the two, as
 * the incremental validation finds them for the site figures) move by their difference, so the next design's mixed sites need not
 * read every group again. Nothing is carried when the first design's totals were never asked for.
 */
export function carryRemoteUsersByEntry(
  before: { design: Design; index: DesignIndex },
  after: { design: Design; index: DesignIndex },
  changed: Iterable<readonly [UserGroup, UserGroup]>,
): void {
  const known = entriesByIndex.get(before.index);
  if (!known || known.groups !== before.design.userGroups) return;
  const bySite: EntryTotals = new Map();
  for (const [siteId, byVersion] of known.bySite) bySite.set(siteId, new Map(byVersion));
  const add = (entry: ReturnType<typeof remoteEntryOf>, sign: 1 | -1) => {
    if (!entry) return;
    const site = bySite.get(entry.siteId) ?? new Map<ProductVersion, number>();
    site.set(entry.version, (site.get(entry.version) ?? 0) + sign * entry.remoteUsers);
    bySite.set(entry.siteId, site);
  };
  for (const [old, next] of changed) {
    add(remoteEntryOf(old, before.index), -1);
    add(remoteEntryOf(next, after.index), 1);
  }
  entriesByIndex.set(after.index, { groups: after.design.userGroups, bySite });
}
