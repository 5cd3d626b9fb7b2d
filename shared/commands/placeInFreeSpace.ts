import type { Rect } from '../geometry/boxSizes';
import { designBoxes, ROOM, SITE_INSIDE } from '../geometry/designBoxes';
import { freeSpot } from '../geometry/freeSpot';
import type { Design } from '../model/design';
import { makeRoom } from './makeRoom';
import { moveNodes } from './moveNodes';

export interface PlaceInFreeSpaceArgs {
  /** New sites, pools, user groups (and servers) at the places they were put, which may be on other boxes. */
  ids: readonly string[];
}

/**
 * Moves each new box to the free place nearest where it was put, among the boxes of its container (the canvas for
 * a site, its site for a pool or user group), so a drop or a paste never lands on what is there; then the sites
 * that hold them make room as they grow (see makeRoom). A server has no place of its own: its pool grows.
 */
export function placeInFreeSpace(design: Design, { ids }: PlaceInFreeSpaceArgs): Design {
  if (ids.length === 0) return design;
  const boxes = designBoxes(design);
  const waiting = new Set(ids);
  const moves: Array<{ id: string; x: number; y: number }> = [];
  for (const id of ids) {
    waiting.delete(id);
    const site = boxes.siteOf.get(id);
    const siblings: Map<string, Rect> | undefined = boxes.sites.has(id)
      ? boxes.sites
      : site !== undefined
        ? boxes.inside.get(site)
        : undefined;
    const rect = siblings?.get(id);
    if (!siblings || !rect) continue;
    // Boxes still to be placed are not in the way yet: they move next, round what is already placed.
    const obstacles = [...siblings].filter(([other]) => other !== id && !waiting.has(other)).map(([, box]) => box);
    const spot = site
      ? freeSpot({ size: rect, near: rect, obstacles, gap: ROOM.inSite, min: SITE_INSIDE })
      : freeSpot({ size: rect, near: rect, obstacles, gap: ROOM.betweenSites });
    siblings.set(id, { ...rect, ...spot });
    if (spot.x !== rect.x || spot.y !== rect.y) moves.push({ id, ...spot });
  }
  return makeRoom(moveNodes(design, { moves }), { around: ids });
}
