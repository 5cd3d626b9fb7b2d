import type { Design } from '../model/design';
import type { UserGroup } from '../model/userGroup';
import type { DesignIndex } from './designIndex';
import { sessionsOf } from './linkDemand';
import { pstnRouteOf } from './pstnRoute';
import { resolveTraffic } from './resolveSettings';

/**
 * Which Mediation carries a group's non-bypass PSTN calls, and how many: the stand-alone Mediation pool of its
 * central site if there is one, else the Mediation collocated on its home Front End pool. Calls that break out
 * at the branch or cannot reach the PSTN at all (pstnRoute.ts), and those of users homed on an SBA/SBS (which
 * has its own Mediation), do not count.
 */
export function pstnCallsOfGroup(
  group: UserGroup,
  design: Design,
  index: DesignIndex,
): { carrier: string; calls: number } | undefined {
  if (pstnRouteOf(group, index) !== 'central') return undefined;
  const home = index.pools.get(group.homePoolId);
  if (home?.role !== 'frontEnd') return undefined;
  const site = index.sites.get(group.siteId);
  const centralSite = site?.kind === 'branch' && site.centralSiteId ? site.centralSiteId : home.siteId;
  const standalone = (index.poolsBySite.get(centralSite) ?? []).find((pool) => pool.role === 'mediation');
  const carrier = standalone?.id ?? (home.mediationCollocated !== false ? home.id : undefined);
  if (!carrier) return undefined;
  return { carrier, calls: sessionsOf(group.count, resolveTraffic(design, group.traffic).pstnPercent) };
}

/** Concurrent non-bypass PSTN calls per Mediation (a Mediation pool, or a Front End pool with collocated Mediation). */
export function pstnCallsByPool(design: Design, index: DesignIndex): Map<string, number> {
  const calls = new Map<string, number>();
  for (const group of design.userGroups) {
    const share = pstnCallsOfGroup(group, design, index);
    if (share) calls.set(share.carrier, (calls.get(share.carrier) ?? 0) + share.calls);
  }
  return calls;
}
