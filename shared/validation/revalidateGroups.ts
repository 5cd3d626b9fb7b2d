import { addAlong, groupFlows, type LinkLoad, linkFiguresOf } from '../analysis/linkDemand';
import { figuresOfPool, poolsCounting } from '../analysis/poolLoad';
import { pstnCallsOfGroup } from '../analysis/pstnCalls';
import { carryRemoteUsersByEntry } from '../analysis/remoteAccessSizing';
import { sizedFigures } from '../analysis/requiredServers';
import { remoteEntryOf, type SiteFigures } from '../analysis/siteLoad';
import type { Design } from '../model/design';
import type { UserGroup } from '../model/userGroup';
import type { Figures, RuleContext } from '../rules/define/rule';
import type { ValidationState } from './fullValidation';
import { rerunRules } from './rerunRules';

/** Beyond this many changed groups a fresh validation is as quick. */
const MAX_INCREMENTAL_GROUPS = 64;

/**
 * The user groups an edit changed, when that is all it changed and no group moved: same collections for
 * everything else, same group ids in the same order, same site and home pool. Otherwise undefined.
 */
export function changedGroups(before: Design, after: Design): Array<[UserGroup, UserGroup]> | undefined {
  if (
    before.sites !== after.sites ||
    before.pools !== after.pools ||
    before.servers !== after.servers ||
    before.links !== after.links ||
    before.associations !== after.associations ||
    before.settings !== after.settings
  )
    return undefined;
  if (before.userGroups.length !== after.userGroups.length) return undefined;
  const changed: Array<[UserGroup, UserGroup]> = [];
  for (let i = 0; i < after.userGroups.length; i++) {
    const old = before.userGroups[i]!;
    const next = after.userGroups[i]!;
    if (old === next) continue;
    if (old.id !== next.id || old.siteId !== next.siteId || old.homePoolId !== next.homePoolId) return undefined;
    changed.push([old, next]);
    if (changed.length > MAX_INCREMENTAL_GROUPS) return undefined;
  }
  return changed;
}

/**
 * Applies group edits to the last validation: pool users, site users and remote users, and link load change by
 * the difference between each group's old and new contribution, on the routes already known. Pool, link and
 * site rules run again for the subjects touched; the design-wide rules, which are cheap, run again in full.
 */
export function revalidateGroups(
  state: ValidationState,
  design: Design,
  changes: ReadonlyArray<[UserGroup, UserGroup]>,
): ValidationState {
  // Group edits move no group: the index stands as it is (it lists groups by position).
  const { index } = state.result;
  const previous = state.result.figures;
  const pools = new Map(previous.pools);
  const sites = new Map(previous.sites);
  // The link load sums are the validator's alone (no result holds them; the link figures are copied below): an
  // edit adds its differences to them in place, rather than copying three maps of every link per keystroke.
  const load: LinkLoad = state.demand.load;
  const environment = { ...state.demand.environment, design, index };
  const pstnCalls = new Map(state.context.pstnCalls);
  const touchedPools = new Set<string>();
  const touchedSites = new Set<string>();
  const touchedLinks = new Set<string>();
  carryRemoteUsersByEntry({ design: state.design, index }, { design, index }, changes);

  const siteFigure = (siteId: string, change: (site: SiteFigures) => void) => {
    const current = sites.get(siteId);
    if (!current) return;
    const copy = { ...current };
    change(copy);
    sites.set(siteId, copy);
    touchedSites.add(siteId);
  };

  for (const [old, next] of changes) {
    const delta = next.count - old.count;
    if (delta !== 0) {
      for (const poolId of poolsCounting(old.homePoolId, index)) {
        const figures = pools.get(poolId)!;
        pools.set(
          poolId,
          figuresOfPool(index.pools.get(poolId)!, figures.users + delta, index.serversByPool.get(poolId) ?? []),
        );
        touchedPools.add(poolId);
      }
      siteFigure(old.siteId, (site) => (site.users += delta));
    }
    for (const [group, sign] of [
      [old, -1],
      [next, 1],
    ] as const) {
      const share = pstnCallsOfGroup(group, design, index);
      if (!share) continue;
      pstnCalls.set(share.carrier, (pstnCalls.get(share.carrier) ?? 0) + sign * share.calls);
      touchedPools.add(share.carrier);
    }
    const before = remoteEntryOf(old, index);
    const after = remoteEntryOf(next, index);
    if (before) siteFigure(before.siteId, (site) => (site.remoteUsers -= before.remoteUsers));
    if (after) siteFigure(after.siteId, (site) => (site.remoteUsers += after.remoteUsers));
    for (const [group, sign] of [
      [old, -1],
      [next, 1],
    ] as const) {
      for (const flow of groupFlows(group, environment)) {
        const path = environment.route(group.siteId, flow.to);
        if (!path) continue;
        addAlong(load, path, flow, sign);
        for (const linkId of path) touchedLinks.add(linkId);
      }
    }
  }

  const links = new Map(previous.links);
  for (const linkId of touchedLinks)
    links.set(linkId, linkFiguresOf(index.linksById.get(linkId)!, load, environment.rtcSharePercent));
  const figures: Figures = { pools, links, sites };
  const context: RuleContext = { ...state.context, design, index, figures, demandTenths: load.tenths, pstnCalls };

  // Pool rules read more than their own pool's figures: their site's users (Persistent Chat), the calls of the
  // groups of their central site (Mediation), the users of the pools associated with them (storage growth).
  // So the pools of every site an edited group involves, and the pools the touched pools point at, run too.
  for (const [old] of changes) {
    touchedSites.add(old.siteId);
    const site = index.sites.get(old.siteId);
    if (site?.kind === 'branch' && site.centralSiteId) touchedSites.add(site.centralSiteId);
    for (const poolId of poolsCounting(old.homePoolId, index)) touchedSites.add(index.pools.get(poolId)!.siteId);
  }
  for (const siteId of touchedSites) for (const pool of index.poolsBySite.get(siteId) ?? []) touchedPools.add(pool.id);
  // An association of a plan's state may name a pool a step removed (migration.md): only pools there are judged.
  for (const poolId of [...touchedPools])
    for (const association of index.associationsFrom.get(poolId) ?? [])
      if (index.pools.has(association.to)) touchedPools.add(association.to);
  for (const poolId of touchedPools)
    pools.set(poolId, sizedFigures(index.pools.get(poolId)!, pools.get(poolId)!, context));
  const { scoped, global, findings, findingsBySubject } = rerunRules(
    state,
    context,
    { pools: touchedPools, links: touchedLinks, sites: touchedSites },
    undefined,
  );

  return {
    design,
    demand: { ...state.demand, links, demandTenths: load.tenths, load, environment },
    context,
    scoped,
    global,
    result: { findings, figures, index, findingsBySubject },
  };
}
