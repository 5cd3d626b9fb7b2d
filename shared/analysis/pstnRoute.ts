import type { UserGroup } from '../model/userGroup';
import type { DesignIndex } from './designIndex';

/**
 * Where a group's PSTN calls go (catalog/pstnRouting.ts has the reading of the pages): `none` when the design
 * has no way to the PSTN, `local` when they break out at the group's own site (a media-bypass gateway, its SBA,
 * its SBS with a gateway beside it), `central` when they travel to the central site's Mediation and gateway.
 */
export type PstnRoute = 'none' | 'local' | 'central';

export function pstnRouteOf(group: UserGroup, index: DesignIndex): PstnRoute {
  if (!index.reachesPstn) return 'none';
  if (index.bypassSites.has(group.siteId)) return 'local';
  const home = index.pools.get(group.homePoolId);
  if (home?.siteId === group.siteId) {
    if (home.role === 'sba') return 'local';
    if (home.role === 'sbs' && index.gatewaySites.has(group.siteId)) return 'local';
  }
  return 'central';
}
