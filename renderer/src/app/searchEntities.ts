import type { Design } from '../../../shared/model/design';
import { roleName } from '../../../shared/wording/roleLabels';

export interface SearchHit {
  id: string;
  /** What the planner knows the entity by: a site's name, a pool's or server's FQDN, a group's name. */
  label: string;
  /** What kind of thing it is and where, to tell two hits apart. */
  detail: string;
}

/**
 * The entities whose name or FQDN contains every word of `query` (case-insensitive), best first: a label that
 * starts with the query before one that merely contains it, then shorter labels. At most `limit` hits.
 */
export function searchEntities(design: Design, query: string, limit = 12): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const siteName = new Map(design.sites.map((site) => [site.id, site.name]));
  const poolById = new Map(design.pools.map((pool) => [pool.id, pool]));
  const candidates: SearchHit[] = [
    ...design.sites.map((site) => ({
      id: site.id,
      label: site.name,
      detail: `${site.kind === 'central' ? 'Central' : 'Branch'} site`,
    })),
    ...design.pools.map((pool) => ({
      id: pool.id,
      label: pool.fqdn,
      detail: `${roleName(pool)} · ${siteName.get(pool.siteId) ?? '?'}`,
    })),
    ...design.servers.map((server) => {
      const pool = poolById.get(server.poolId);
      return { id: server.id, label: server.fqdn, detail: `Server in ${pool?.fqdn ?? '?'}` };
    }),
    ...design.userGroups.map((group) => ({
      id: group.id,
      label: group.name ?? `${group.count.toLocaleString('en-US')} users`,
      detail: `User group · ${siteName.get(group.siteId) ?? '?'} · homed on ${poolById.get(group.homePoolId)?.fqdn ?? '?'}`,
    })),
  ];
  const first = words[0]!;
  return candidates
    .map((hit) => ({ hit, text: hit.label.toLowerCase() }))
    .filter(({ text }) => words.every((word) => text.includes(word)))
    .sort(
      (a, b) =>
        Number(b.text.startsWith(first)) - Number(a.text.startsWith(first)) ||
        a.text.length - b.text.length ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ hit }) => hit);
}
