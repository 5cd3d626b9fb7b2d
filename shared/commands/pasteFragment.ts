import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';
import type { Pool } from '../model/pool';
import type { Site } from '../model/site';
import { CommandRefused } from './commandError';
import { type Fragment, fragmentRoots } from './fragment';
import { nextFreeFqdn, nextFreeName } from './nextFreeName';

export interface PasteFragmentArgs {
  fragment: Fragment;
  /** A new id for every id of the fragment (see `fragmentIds`); the caller makes them so it can select them. */
  idMap: Readonly<Record<string, string>>;
  /** How far the pasted outermost entities move from where the originals are, so the copy is seen beside them. */
  offset: { x: number; y: number };
  /** Where pools and user groups whose site is neither copied nor in this design go (a paste into another design). */
  targetSiteId?: string;
}

/**
 * Adds a copy of the fragment: new ids, FQDNs numbered on from the originals (`fe03` -> `fe04`, skipping any the
 * design has), site and user group names numbered too, links and associations to entities outside the fragment
 * kept where this design has those entities. A copy never hosts the Central Management store: a topology has one.
 * Containers outside the fragment are kept if this design has them; otherwise the paste is refused with the reason.
 */
export function pasteFragment(design: Design, { fragment, idMap, offset, targetSiteId }: PasteFragmentArgs): Design {
  const newId = (id: string) => {
    const mapped = Object.hasOwn(idMap, id) ? idMap[id] : undefined;
    if (!mapped) throw new CommandRefused(`No new id was given for ${id}.`);
    return mapped;
  };
  const existingSites = new Set(design.sites.map((site) => site.id));
  const existingPools = new Set(design.pools.map((pool) => pool.id));
  const inFragment = new Set(Object.keys(idMap));
  const siteFor = (siteId: string) => {
    if (inFragment.has(siteId)) return newId(siteId);
    if (existingSites.has(siteId)) return siteId;
    if (targetSiteId && existingSites.has(targetSiteId)) return targetSiteId;
    throw new CommandRefused(
      'Select a site to paste into: the copied pools and user groups came from a site this design does not have.',
    );
  };
  const poolFor = (poolId: string, what: string) => {
    if (inFragment.has(poolId)) return newId(poolId);
    if (existingPools.has(poolId)) return poolId;
    throw new CommandRefused(`The ${what} belongs to a pool this design does not have; copy the pool with it.`);
  };

  const fqdns = new Set([...design.pools, ...design.servers].map((entity) => entity.fqdn.toLowerCase()));
  const freshFqdn = (fqdn: string) => {
    const next = nextFreeFqdn(fqdn, fqdns);
    fqdns.add(next.toLowerCase());
    return next;
  };
  const siteNames = new Set(design.sites.map((site) => site.name.toLowerCase()));

  const sites = fragment.sites.map((site): Site => {
    const name = nextFreeName(site.name, siteNames);
    siteNames.add(name.toLowerCase());
    const { centralSiteId, ...rest } = site;
    const central =
      centralSiteId === undefined
        ? undefined
        : inFragment.has(centralSiteId)
          ? newId(centralSiteId)
          : existingSites.has(centralSiteId)
            ? centralSiteId
            : undefined;
    return { ...rest, id: newId(site.id), name, ...(central ? { centralSiteId: central } : {}) };
  });
  const pools = fragment.pools.map((pool): Pool => {
    const copy = { ...pool, id: newId(pool.id), siteId: siteFor(pool.siteId), fqdn: freshFqdn(pool.fqdn) } as Pool & {
      hostsCms?: boolean;
    };
    delete copy.hostsCms;
    return copy;
  });
  const servers = fragment.servers.map((server) => ({
    ...server,
    id: newId(server.id),
    poolId: poolFor(server.poolId, `server ${server.fqdn}`),
    fqdn: freshFqdn(server.fqdn),
  }));
  // A group named after its site ("Oslo office") is named after the copy ("Oslo 2 office"); any other name is numbered.
  const newSiteName = new Map(fragment.sites.map((site, i) => [site.id, { from: site.name, to: sites[i]!.name }]));
  const groupNames = new Set(design.userGroups.flatMap((group) => (group.name ? [group.name.toLowerCase()] : [])));
  const groupName = (name: string, siteId: string) => {
    const site = newSiteName.get(siteId);
    const renamed = site && name.includes(site.from) ? name.replace(site.from, site.to) : name;
    const free = groupNames.has(renamed.toLowerCase()) ? nextFreeName(renamed, groupNames) : renamed;
    groupNames.add(free.toLowerCase());
    return free;
  };
  const userGroups = fragment.userGroups.map((group) => ({
    ...group,
    ...(group.name ? { name: groupName(group.name, group.siteId) } : {}),
    id: newId(group.id),
    siteId: siteFor(group.siteId),
    homePoolId: poolFor(group.homePoolId, `user group${group.name ? ` ${group.name}` : ''}'s home`),
  }));
  // A connection's end outside the fragment stays on the original, when this design has it; otherwise it goes.
  const endOf = (id: string, existing: ReadonlySet<string>) =>
    inFragment.has(id) ? newId(id) : existing.has(id) ? id : undefined;
  const links = fragment.links.flatMap((link) => {
    const [siteA, siteB] = [endOf(link.siteA, existingSites), endOf(link.siteB, existingSites)];
    return siteA && siteB ? [{ ...link, id: newId(link.id), siteA, siteB }] : [];
  });
  const associations = fragment.associations.flatMap((association) => {
    const [from, to] = [endOf(association.from, existingPools), endOf(association.to, existingPools)];
    return from && to ? [{ ...association, id: newId(association.id), from, to }] : [];
  });

  const roots = new Set(fragmentRoots(fragment));
  const nodes: Record<string, NodeLayout> = { ...design.layout?.nodes };
  for (const [id, place] of Object.entries(fragment.layout)) {
    nodes[newId(id)] = roots.has(id) ? { ...place, x: place.x + offset.x, y: place.y + offset.y } : place;
  }
  return {
    ...design,
    sites: [...design.sites, ...sites],
    pools: [...design.pools, ...pools],
    servers: [...design.servers, ...servers],
    userGroups: [...design.userGroups, ...userGroups],
    links: [...design.links, ...links],
    associations: [...design.associations, ...associations],
    layout: { ...design.layout, nodes },
  };
}
