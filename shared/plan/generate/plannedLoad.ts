import { indexDesign } from '../../analysis/designIndex';
import { sessionsOf } from '../../analysis/linkDemand';
import { resolveTraffic } from '../../analysis/resolveSettings';
import { siteFigures } from '../../analysis/siteLoad';
import type { Design } from '../../model/design';
import type { UserGroup } from '../../model/userGroup';
import { branchAppliancesOf, legacyFrontEnds } from './stateQueries';

/**
 * The load a generated 2013 server will carry at its busiest, read with the analysis the rules use (pstnCalls.ts,
 * siteLoad.ts), so that the sizing and the rules that judge it count alike. The busiest state is not the one a step is
 * written against: the plan later moves users onto the server, so each figure counts every user that will be on it.
 *
 * Splitting a group in two (the pilot group of phase 4) rounds each part up: a split adds at most one call and one
 * remote user, so the sizing adds `splitsAhead` to each figure.
 */

/** One for each 2010 Front End pool left, whose pilot group may still be split off (an upper bound). */
export const splitsAhead = (state: Design): number => legacyFrontEnds(state).length;

/** Non-bypass PSTN calls of a group whose calls reach a central Mediation (pstnCallsOfGroup's reading), else 0. */
function centralCallsOf(group: UserGroup, state: Design, index: ReturnType<typeof indexDesign>): number {
  if (!index.reachesPstn || index.bypassSites.has(group.siteId)) return 0;
  return sessionsOf(group.count, resolveTraffic(state, group.traffic).pstnPercent);
}

/** The site whose Mediation a group's calls use: its branch's central site, else the site of the pool `homeSiteId`. */
function mediationSiteOf(group: UserGroup, homeSiteId: string, index: ReturnType<typeof indexDesign>): string {
  const site = index.sites.get(group.siteId);
  return site?.kind === 'branch' && site.centralSiteId ? site.centralSiteId : homeSiteId;
}

/**
 * The calls the collocated Mediation of the 2013 pool that replaces `legacyId` will carry: those of the legacy pool's
 * users, and of the users of its branch appliances, who are homed on the new pool while their appliance changes pool
 * (connect-a-survivable-branch-appliance.md, step 1). None when a stand-alone Mediation pool of the site carries them.
 */
export function collocatedCallsToCarry(state: Design, legacyId: string): number {
  const index = indexDesign(state);
  const legacy = index.pools.get(legacyId);
  if (!legacy) return 0;
  const homes = new Set([legacyId, ...branchAppliancesOf(state, legacyId).map((pool) => pool.id)]);
  let calls = 0;
  for (const group of state.userGroups) {
    if (!homes.has(group.homePoolId)) continue;
    const site = mediationSiteOf(group, legacy.siteId, index);
    if ((index.poolsBySite.get(site) ?? []).some((pool) => pool.role === 'mediation')) continue;
    calls += centralCallsOf(group, state, index);
  }
  return calls;
}

/**
 * The calls a stand-alone Mediation pool at `siteId` will carry: it takes the non-bypass calls of every user whose
 * Front End pool (or, during an appliance's move, whose branch) is at the site, of either version (pstnCallsOfGroup
 * picks the site's stand-alone pool first).
 */
export function siteCallsToCarry(state: Design, siteId: string): number {
  const index = indexDesign(state);
  let calls = 0;
  for (const group of state.userGroups) {
    const home = index.pools.get(group.homePoolId);
    if (!home) continue;
    const registrar = home.role === 'frontEnd' ? home : index.pools.get(index.registrarOf.get(home.id) ?? '');
    if (registrar?.role !== 'frontEnd') continue;
    if (mediationSiteOf(group, registrar.siteId, index) === siteId) calls += centralCallsOf(group, state, index);
  }
  return calls;
}

/**
 * The concurrent remote users a 2013 Edge pool at `siteId` will carry once it replaces the site's 2010 Edge: every
 * remote user who enters at the site (siteFigures' reading, remoteEntryOf), whichever version they enter through now.
 */
export function remoteUsersToCarry(state: Design, siteId: string): number {
  return siteFigures(state, indexDesign(state)).get(siteId)?.remoteUsers ?? 0;
}
