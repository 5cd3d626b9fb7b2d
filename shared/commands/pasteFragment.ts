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
 * design has), site names numbered too. A copy never hosts the Central Management store: a topology has one.
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
  const userGroups = fragment.userGroups.map((group) => ({
    ...group,
    id: newId(group.id),
    siteId: siteFor(group.siteId),
    homePoolId: poolFor(group.homePoolId, `user group${group.name ? ` ${group.name}` : ''}'s home`),
  }));
  const links = fragment.links.map((link) => ({
    ...link,
    id: newId(link.id),
    siteA: newId(link.siteA),
    siteB: newId(link.siteB),
  }));
  const associations = fragment.associations.map((association) => ({
    ...association,
    id: newId(association.id),
    from: newId(association.from),
    to: newId(association.to),
  }));

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
