import type { Design, Entity, EntityCollection } from '../model/design';
import type { Pool } from '../model/pool';
import { isStandardEdition } from '../model/poolPredicates';
import type { StateDiff } from '../plan/stateDiff';
import { countOf, formatCount } from '../wording/numbers';

/**
 * The one line that heads the canvas for a step: "+ pool2013 (4 FE), + sql2013, 2,400 users moved from pool2010,
 * − pool2010". Short names (a pool's host name, a group's name) because it is read at a glance; the runbook says
 * the same in whole sentences. Implied removals (a removed pool's servers and associations) are not repeated.
 */
export function stepSummary(diff: StateDiff, before: Design, after: Design): string {
  const parts: string[] = [];
  const addedPools = new Set(
    diff.added.filter(({ collection }) => collection === 'pools').map(({ entity }) => entity.id),
  );
  for (const { collection, entity } of diff.added) {
    // A server added to a pool added in the same step is counted in the pool's part.
    if (collection === 'servers' && addedPools.has((entity as Design['servers'][number]).poolId)) continue;
    if (collection === 'associations') continue;
    parts.push(`+ ${shortName(collection, entity, after)}`);
  }
  const addedAssociations = diff.added.filter(({ collection }) => collection === 'associations').length;
  if (addedAssociations > 0) parts.push(`+ ${countOf(addedAssociations, 'association')}`);
  parts.push(...movedParts(diff, before, after));
  const cms = diff.changed.find(
    ({ collection, after: pool, fields }) =>
      collection === 'pools' && fields.includes('hostsCms') && (pool as { hostsCms?: boolean }).hostsCms === true,
  );
  if (cms) parts.push(`CMS moved to ${hostName((cms.after as Pool).fqdn)}`);
  for (const { collection, after: entity, fields } of diff.changed) {
    const shown = fields.filter((field) => field !== 'hostsCms');
    if (shown.length === 0) continue;
    parts.push(`${shortName(collection, entity, after)}: ${shown.join(', ')} changed`);
  }
  const removedPools = new Set(
    diff.removed.filter(({ collection }) => collection === 'pools').map(({ entity }) => entity.id),
  );
  for (const { collection, entity } of diff.removed) {
    if (collection === 'servers' && removedPools.has((entity as Design['servers'][number]).poolId)) continue;
    if (collection === 'associations') {
      const { from, to } = entity as Design['associations'][number];
      if (removedPools.has(from) || removedPools.has(to)) continue;
    }
    parts.push(`− ${shortName(collection, entity, before)}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'No change';
}

/** "2,400 users moved from pool2010 to pool2013", one part per pair of pools. */
function movedParts(diff: StateDiff, before: Design, after: Design): string[] {
  const byPair = new Map<string, { from: string; to: string; users: number }>();
  for (const { before: was, after: now } of diff.moved) {
    const key = `${was.homePoolId}\u0000${now.homePoolId}`;
    const entry = byPair.get(key) ?? {
      from: poolHostName(before, was.homePoolId),
      to: poolHostName(after, now.homePoolId),
      users: 0,
    };
    entry.users += now.count;
    byPair.set(key, entry);
  }
  return [...byPair.values()].map(
    ({ from, to, users }) => `${formatCount(users)} ${users === 1 ? 'user' : 'users'} moved from ${from} to ${to}`,
  );
}

function shortName(collection: EntityCollection, entity: Entity, state: Design): string {
  switch (collection) {
    case 'pools': {
      const pool = entity as Pool;
      const servers = state.servers.filter((server) => server.poolId === pool.id).length;
      const name = hostName(pool.fqdn);
      if (pool.role === 'frontEnd' && !isStandardEdition(pool) && servers > 0) return `${name} (${servers} FE)`;
      return servers > 1 ? `${name} (${servers} servers)` : name;
    }
    case 'servers':
      return hostName((entity as Design['servers'][number]).fqdn);
    case 'sites':
      return (entity as Design['sites'][number]).name;
    case 'userGroups': {
      const group = entity as Design['userGroups'][number];
      return group.name ?? `${formatCount(group.count)} users`;
    }
    case 'links': {
      const link = entity as Design['links'][number];
      return `link ${siteName(state, link.siteA)} – ${siteName(state, link.siteB)}`;
    }
    case 'associations':
      return 'association';
  }
}

const hostName = (fqdn: string): string => fqdn.split('.')[0] ?? fqdn;
const poolHostName = (state: Design, poolId: string): string => {
  const pool = state.pools.find((candidate) => candidate.id === poolId);
  return pool ? hostName(pool.fqdn) : poolId;
};
const siteName = (state: Design, siteId: string): string =>
  state.sites.find((site) => site.id === siteId)?.name ?? siteId;
