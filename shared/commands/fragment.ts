import type { Association } from '../model/association';
import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';
import type { Link } from '../model/link';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { Site } from '../model/site';
import type { UserGroup } from '../model/userGroup';
import { layoutOf } from './layoutOf';

/**
 * A piece of a design cut out for the clipboard: whole entities, each with what it contains (a site's pools
 * and user groups, a pool's servers), the links and associations among them, and their stored layout.
 */
export interface Fragment {
  sites: Site[];
  pools: Pool[];
  servers: Server[];
  userGroups: UserGroup[];
  links: Link[];
  associations: Association[];
  layout: Record<string, NodeLayout>;
}

/**
 * Dependencies whose target serves one pool only: a pool has one DR partner, and a SQL store or Persistent Chat
 * store is the store of one pool. A copy never takes the original's partner or store, or both would break that.
 */
const ONE_TO_ONE: ReadonlySet<Association['kind']> = new Set(['backupPool', 'backEnd', 'persistentChatStore']);

/**
 * The fragment of `design` that `ids` name, closed under containment, with the connections of what it holds: every
 * WAN link of a copied site, and every dependency of a copied pool, also on a pool that is not copied (a copied
 * branch keeps its link to the hub, its SBA its backup registrar), except on a pool that serves one pool only.
 * Dependencies of pools outside on a copied pool stay with the original: an SBA has one backup registrar.
 */
export function copyFragment(design: Design, ids: Iterable<string>): Fragment {
  const chosen = new Set(ids);
  const sites = design.sites.filter((site) => chosen.has(site.id));
  const siteIds = new Set(sites.map((site) => site.id));
  const pools = design.pools.filter((pool) => chosen.has(pool.id) || siteIds.has(pool.siteId));
  const poolIds = new Set(pools.map((pool) => pool.id));
  const servers = design.servers.filter((server) => chosen.has(server.id) || poolIds.has(server.poolId));
  const userGroups = design.userGroups.filter((group) => chosen.has(group.id) || siteIds.has(group.siteId));
  const links = design.links.filter((link) => siteIds.has(link.siteA) || siteIds.has(link.siteB));
  const associations = design.associations.filter(
    (association) =>
      poolIds.has(association.from) && (poolIds.has(association.to) || !ONE_TO_ONE.has(association.kind)),
  );
  const layout: Record<string, NodeLayout> = {};
  for (const entity of [...sites, ...pools, ...userGroups]) {
    const place = layoutOf(design, entity.id);
    if (place) layout[entity.id] = place;
  }
  return { sites, pools, servers, userGroups, links, associations, layout };
}

export const fragmentIsEmpty = (fragment: Fragment): boolean =>
  fragment.sites.length + fragment.pools.length + fragment.servers.length + fragment.userGroups.length === 0;

/** Every id in the fragment with the prefix a new id of its kind takes (s, p, v, g, l, a). */
export function fragmentIds(fragment: Fragment): Array<{ id: string; prefix: string }> {
  const of = (list: ReadonlyArray<{ id: string }>, prefix: string) => list.map(({ id }) => ({ id, prefix }));
  return [
    ...of(fragment.sites, 's'),
    ...of(fragment.pools, 'p'),
    ...of(fragment.servers, 'v'),
    ...of(fragment.userGroups, 'g'),
    ...of(fragment.links, 'l'),
    ...of(fragment.associations, 'a'),
  ];
}

/** The fragment's outermost entities (those whose container is not in it): what is selected after a paste. */
export function fragmentRoots(fragment: Fragment): string[] {
  const siteIds = new Set(fragment.sites.map((site) => site.id));
  const poolIds = new Set(fragment.pools.map((pool) => pool.id));
  return [
    ...fragment.sites.map((site) => site.id),
    ...fragment.pools.filter((pool) => !siteIds.has(pool.siteId)).map((pool) => pool.id),
    ...fragment.userGroups.filter((group) => !siteIds.has(group.siteId)).map((group) => group.id),
    ...fragment.servers.filter((server) => !poolIds.has(server.poolId)).map((server) => server.id),
  ];
}
