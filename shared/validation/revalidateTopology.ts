import { carryNames } from '../analysis/computers';
import { type DesignIndex, reindexDesign } from '../analysis/designIndex';
import { addAlong, type DemandEnvironment, groupFlows, type LinkLoad, linkFiguresOf } from '../analysis/linkDemand';
import { figuresOfPool, poolsCounting } from '../analysis/poolLoad';
import { pstnCallsOfGroup } from '../analysis/pstnCalls';
import { carryRemoteUsersByEntry } from '../analysis/remoteAccessSizing';
import { sizedFigures } from '../analysis/requiredServers';
import { remoteEntryOf, type SiteFigures } from '../analysis/siteLoad';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import type { UserGroup } from '../model/userGroup';
import type { Figures, RuleContext } from '../rules/define/rule';
import type { ValidationState } from './fullValidation';
import { rerunRules } from './rerunRules';
import type { TopologyChanges } from './topologyChanges';

/**
 * The validation of a design from the one before it, when pools, servers and associations were added, removed or
 * edited, groups moved between pools, or links' capacity, latency or CAC changed (`topologyChanges`): what a
 * step of a migration plan does. The routes stand (sites and the WAN's shape are unchanged); the figures change by
 * the contributions of the groups whose home pool, registrar or Edge changed; the pool, site and link rules run
 * again for the subjects whose inputs changed and their neighbours. Undefined when the change reaches further
 * than that (the design gains or loses its way to the PSTN, a site its gateway or Mediation pool): validate afresh.
 */
export function revalidateTopology(
  state: ValidationState,
  design: Design,
  changes: TopologyChanges,
): ValidationState | undefined {
  const before = state.design;
  const old = state.result.index;
  const index = changes.structural
    ? reindexDesign(
        withGroupsMoved(old, before, design, changes),
        before,
        { ...design, userGroups: before.userGroups },
        { ...changes.edited, reordered: changes.reordered },
      )
    : withGroupsMoved(old, before, design, changes);
  if (!samePstnReach(old, index, changes)) return undefined;
  // The servers' names by name, for the collocation rules: from the last ones, unless the servers were reordered.
  if (!changes.reordered.has('servers')) carryNames(old.serversByPool, index.serversByPool, changes.edited.servers);

  // Pools whose own inputs changed (the pool, its servers, its associations): their rules run again. Of those, the
  // ones whose change reaches the figures: where their groups count, enter and confer, what their servers add up to.
  const changedPools = new Set<string>([...changes.pools, ...changes.serverPools, ...changes.associationPools]);
  const figurePools = new Set<string>(changes.routingAssociationPools);
  for (const poolId of changes.pools)
    if (!sameFigureFields(old.pools.get(poolId), index.pools.get(poolId))) figurePools.add(poolId);
  const homes = poolsWhoseGroupsChange(old, index, figurePools);
  for (const poolId of changes.serverPools) figurePools.add(poolId);
  const positions = new Set(changes.groupPositions);
  for (const poolId of homes)
    for (const at of [old, index])
      for (const position of at.groupPositionsByHomePool.get(poolId) ?? []) positions.add(position);

  carryRemoteUsersByEntry(
    { design: before, index: old },
    { design, index },
    [...positions].map((position) => [before.userGroups[position]!, design.userGroups[position]!] as const),
  );

  const previous = state.result.figures;
  // The site figures and PSTN calls are copied when first changed: a step that moves no users (an add, a set, the
  // CMS or hosted objects moved) changes few or none, and each state would otherwise copy every site's. Results
  // never change a map once made, so a state may share the one of the state before it.
  let sites: Map<string, SiteFigures> | undefined;
  let pstnCalls: Map<string, number> | undefined;
  // The link load sums are the validator's alone (as for a group edit): changed in place, by differences.
  const load: LinkLoad = state.demand.load;
  const oldEnvironment = state.demand.environment;
  const environment: DemandEnvironment = { ...oldEnvironment, design, index };
  const touchedLinks = new Set<string>(changes.links);
  const touchedSites = new Set<string>();
  const recount = new Set<string>(figurePools);
  const pstnTouched = new Set<string>();

  const siteFigure = (siteId: string, change: (site: SiteFigures) => void) => {
    const current = (sites ?? previous.sites).get(siteId);
    if (!current) return;
    const copy = current === previous.sites.get(siteId) ? { ...current } : current;
    change(copy);
    sites ??= new Map(previous.sites);
    sites.set(siteId, copy);
    touchedSites.add(siteId);
  };
  const contribute = (group: UserGroup, at: DesignIndex, from: Design, env: DemandEnvironment, sign: 1 | -1) => {
    for (const poolId of poolsCounting(group.homePoolId, at)) recount.add(poolId);
    siteFigure(group.siteId, (site) => (site.users += sign * group.count));
    const entry = remoteEntryOf(group, at);
    if (entry) siteFigure(entry.siteId, (site) => (site.remoteUsers += sign * entry.remoteUsers));
    const share = pstnCallsOfGroup(group, from, at);
    if (share) {
      pstnCalls ??= new Map(state.context.pstnCalls);
      pstnCalls.set(share.carrier, (pstnCalls.get(share.carrier) ?? 0) + sign * share.calls);
      pstnTouched.add(share.carrier);
    }
    for (const flow of groupFlows(group, env)) {
      const path = env.route(group.siteId, flow.to);
      if (!path) continue;
      addAlong(load, path, flow, sign);
      for (const linkId of path) touchedLinks.add(linkId);
    }
  };
  for (const position of positions) {
    contribute(before.userGroups[position]!, old, before, oldEnvironment, -1);
    contribute(design.userGroups[position]!, index, design, environment, 1);
  }

  // Pool figures from scratch for every pool whose users, servers or kind may have changed.
  const pools = new Map(previous.pools);
  for (const poolId of recount) {
    const pool = index.pools.get(poolId);
    if (!pool) {
      pools.delete(poolId);
      continue;
    }
    pools.set(poolId, figuresOfPool(pool, usersOf(poolId, design, index), index.serversByPool.get(poolId) ?? []));
  }
  // Site figures that come from the site's pools and their running servers.
  const poolSites = new Set<string>();
  for (const poolId of figurePools)
    for (const at of [old, index]) {
      const pool = at.pools.get(poolId);
      if (pool) poolSites.add(pool.siteId);
    }
  for (const siteId of poolSites) siteFigure(siteId, (site) => Object.assign(site, serverFigures(siteId, index)));

  const links = touchedLinks.size > 0 ? new Map(previous.links) : previous.links;
  for (const linkId of touchedLinks)
    links.set(linkId, linkFiguresOf(index.linksById.get(linkId)!, load, environment.rtcSharePercent));
  const figures: Figures = { pools, links, sites: sites ?? previous.sites };
  const context: RuleContext = {
    ...state.context,
    design,
    index,
    figures,
    demandTenths: load.tenths,
    pstnCalls: pstnCalls ?? state.context.pstnCalls,
  };

  // Pool rules read their own pool, servers, figures and calls, the pools at the other end of their associations
  // (a Back End's version, a registrar's site, the users of the pools archived on a store) and their site's
  // figures (Persistent Chat): the pools whose inputs changed, their neighbours, and the pools of touched sites.
  const base = new Set<string>([...changedPools, ...recount, ...pstnTouched]);
  const touchedPools = new Set<string>(base);
  for (const poolId of base)
    for (const at of [old, index]) {
      for (const association of at.associationsFrom.get(poolId) ?? []) touchedPools.add(association.to);
      for (const association of at.associationsTo.get(poolId) ?? []) touchedPools.add(association.from);
    }
  for (const siteId of poolSites) touchedSites.add(siteId);
  for (const siteId of touchedSites) for (const pool of index.poolsBySite.get(siteId) ?? []) touchedPools.add(pool.id);
  // The servers a capacity rule asks for read the same inputs as the pool rules: refresh them for the same pools.
  for (const poolId of touchedPools) {
    const pool = index.pools.get(poolId);
    const current = pools.get(poolId);
    if (pool && current) pools.set(poolId, sizedFigures(pool, current, context));
  }

  const { scoped, global, findings, findingsBySubject } = rerunRules(
    state,
    context,
    { pools: touchedPools, links: touchedLinks, sites: touchedSites },
    changes,
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

/**
 * The fields of a pool that the figures read (poolLoad, siteLoad, linkDemand, pstnCalls, pstnRoute, designIndex; the
 * version since the figures size a Lync 2010 pool by 2010 figures): a change of any other (hosts, hostsCms,
 * federation, xmpp, sipSrvTarget, fqdn...) leaves them as they were.
 */
const FIGURE_FIELDS = ['role', 'siteId', 'edition', 'mediationCollocated', 'mediaBypass', 'version'] as const;

function sameFigureFields(a: Pool | undefined, b: Pool | undefined): boolean {
  if (!a || !b) return false;
  const x = a as Partial<Record<(typeof FIGURE_FIELDS)[number], unknown>>;
  const y = b as Partial<Record<(typeof FIGURE_FIELDS)[number], unknown>>;
  return FIGURE_FIELDS.every((field) => x[field] === y[field]);
}

/** The index after groups moved and nothing else changed: the same, but for the groups listed by home pool. */
function withGroupsMoved(index: DesignIndex, before: Design, after: Design, changes: TopologyChanges): DesignIndex {
  const homes = new Set<string>();
  for (const position of changes.groupPositions) {
    const old = before.userGroups[position]!;
    const next = after.userGroups[position]!;
    if (old.homePoolId === next.homePoolId) continue;
    homes.add(old.homePoolId);
    homes.add(next.homePoolId);
  }
  if (homes.size === 0) return index;
  const groupPositionsByHomePool = new Map(index.groupPositionsByHomePool);
  for (const poolId of homes) groupPositionsByHomePool.delete(poolId);
  after.userGroups.forEach((group, position) => {
    if (!homes.has(group.homePoolId)) return;
    const list = groupPositionsByHomePool.get(group.homePoolId);
    if (list) list.push(position);
    else groupPositionsByHomePool.set(group.homePoolId, [position]);
  });
  return { ...index, groupPositionsByHomePool };
}

/**
 * The facts that decide, for every group of a site at once, where its PSTN calls go: whether the design reaches
 * the PSTN, which sites hold a gateway (with bypass) and which pool is a site's stand-alone Mediation. A change of
 * these reaches groups no changed pool homes: the caller validates afresh.
 */
function samePstnReach(old: DesignIndex, index: DesignIndex, changes: TopologyChanges): boolean {
  if (old === index) return true;
  if (old.reachesPstn !== index.reachesPstn) return false;
  if (!sameSet(old.gatewaySites, index.gatewaySites) || !sameSet(old.bypassSites, index.bypassSites)) return false;
  for (const poolId of changes.pools)
    for (const at of [old, index]) {
      const siteId = at.pools.get(poolId)?.siteId;
      if (siteId !== undefined && mediationOf(old, siteId) !== mediationOf(index, siteId)) return false;
    }
  return true;
}

const mediationOf = (index: DesignIndex, siteId: string) =>
  (index.poolsBySite.get(siteId) ?? []).find((pool) => pool.role === 'mediation');

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/**
 * The pools whose homed groups count, enter or confer elsewhere after a change of these pools: the pools
 * themselves, the Front End pools whose Edge is one of them, and the SBAs/SBSs registered with any of those.
 */
function poolsWhoseGroupsChange(old: DesignIndex, index: DesignIndex, changed: ReadonlySet<string>): Set<string> {
  const homes = new Set(changed);
  const from = (poolId: string, kind: 'edge' | 'registrar') => {
    for (const at of [old, index])
      for (const association of at.associationsTo.get(poolId) ?? [])
        if (association.kind === kind) homes.add(association.from);
  };
  for (const poolId of changed) from(poolId, 'edge');
  for (const poolId of [...homes]) from(poolId, 'registrar');
  return homes;
}

/** A pool's users as `poolFigures` counts them: those homed on it and, for a Front End pool, on SBAs it registers. */
function usersOf(poolId: string, design: Design, index: DesignIndex): number {
  let users = sumCounts(design, index.groupPositionsByHomePool.get(poolId));
  if (index.pools.get(poolId)?.role !== 'frontEnd') return users;
  const seen = new Set<string>();
  for (const association of index.associationsTo.get(poolId) ?? []) {
    const branch = index.pools.get(association.from);
    if (association.kind !== 'registrar' || !branch || seen.has(branch.id)) continue;
    seen.add(branch.id);
    if ((branch.role === 'sba' || branch.role === 'sbs') && index.registrarOf.get(branch.id) === poolId)
      users += sumCounts(design, index.groupPositionsByHomePool.get(branch.id));
  }
  return users;
}

const sumCounts = (design: Design, positions: readonly number[] | undefined): number =>
  (positions ?? []).reduce((total, position) => total + design.userGroups[position]!.count, 0);

/** The parts of a site's figures that come from its Edge, Director and Front End pools (as `siteFigures`). */
function serverFigures(
  siteId: string,
  index: DesignIndex,
): Pick<SiteFigures, 'edgeServers' | 'directorServers' | 'hostsFrontEnd'> {
  const figures = { edgeServers: 0, directorServers: 0, hostsFrontEnd: false };
  for (const pool of index.poolsBySite.get(siteId) ?? []) {
    const running = (index.serversByPool.get(pool.id) ?? []).filter((server) => server.running !== false).length;
    if (pool.role === 'edge') figures.edgeServers += running;
    if (pool.role === 'director') figures.directorServers += running;
    if (pool.role === 'frontEnd') figures.hostsFrontEnd = true;
  }
  return figures;
}
