import { designBoxes, ROOM } from '../geometry/designBoxes';
import { pushAside } from '../geometry/pushAside';
import type { Design } from '../model/design';
import { moveNodes } from './moveNodes';

export interface MakeRoomArgs {
  /**
   * What grew or was just put down, and stays where it is: sites, pools and user groups, or servers (whose pool
   * grew by them).
   */
  around: readonly string[];
}

/**
 * Moves aside whatever is in the way of the boxes named: pools and user groups in the same site, then the sites
 * beside the sites that hold them (a site grows to hold what is inside, and may then reach its neighbours).
 * Layout only, and meant to be applied in the same step as the edit that made a box grow or land, so undo takes
 * both back at once.
 */
export function makeRoom(design: Design, { around }: MakeRoomArgs): Design {
  if (around.length === 0) return design;
  const boxes = designBoxes(design);
  const poolOfServer = new Map(design.servers.map((server) => [server.id, server.poolId]));
  const fixedInSite = new Map<string, Set<string>>();
  const fixedSites = new Set<string>();
  for (const named of around) {
    const id = poolOfServer.get(named) ?? named;
    if (boxes.sites.has(id)) {
      fixedSites.add(id);
      continue;
    }
    const site = boxes.siteOf.get(id);
    if (site === undefined) continue;
    (fixedInSite.get(site) ?? fixedInSite.set(site, new Set()).get(site)!).add(id);
    fixedSites.add(site);
  }
  const inside = [...fixedInSite].flatMap(([site, fixed]) =>
    [...pushAside(boxes.inside.get(site)!, fixed, ROOM.inSite)].map(([id, at]) => ({ id, ...at })),
  );
  const next = moveNodes(design, { moves: inside });
  // The sites' sizes follow from what they hold, so they are measured again after the moves inside them.
  const sites = inside.length > 0 ? designBoxes(next).sites : boxes.sites;
  const between = [...pushAside(sites, fixedSites, ROOM.betweenSites)].map(([id, at]) => ({ id, ...at }));
  return moveNodes(next, { moves: between });
}
