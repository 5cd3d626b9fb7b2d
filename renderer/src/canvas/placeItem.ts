import { addPool } from '../../../shared/commands/addPool';
import { addServer } from '../../../shared/commands/addServer';
import { addSite } from '../../../shared/commands/addSite';
import { addUserGroup } from '../../../shared/commands/addUserGroup';
import { makeRoom } from '../../../shared/commands/makeRoom';
import { placeInFreeSpace } from '../../../shared/commands/placeInFreeSpace';
import { DEFAULT_SITE_SIZE, innermost, poolSize, type Rect, SITE, USER_GROUP } from '../../../shared/geometry/boxSizes';
import type { Design } from '../../../shared/model/design';
import type { PaletteItem } from '../palette/paletteItems';

export interface Containers {
  siteRects: ReadonlyMap<string, Rect>;
  poolRects: ReadonlyMap<string, Rect>;
}

/** A new user group starts with this many people; the planner types the real count next. */
export const NEW_GROUP_COUNT = 100;

/** Where the pointer holds a new box: a little inside its top left corner, as the palette's icon is. */
const GRAB = { site: { x: 40, y: 20 }, inSite: { x: 24, y: 20 } } as const;

/**
 * The command that places a palette item at a point of the canvas (flow coordinates): a pool or user group
 * goes into the site under the point, a server into the pool under it. Where there is no such container the
 * command refuses with the reason, and nothing changes. A new box goes to the free place nearest the point, and
 * a pool grown by a server moves its neighbours aside: one command, so one undo step. With `view` (the part of the
 * canvas on screen), a box dropped near its edge is pulled inside it, still under the pointer: held by its top left
 * corner, a box dropped just above the findings panel reached below the canvas's edge, behind the panel.
 */
export function placeItem(
  item: PaletteItem,
  point: { x: number; y: number },
  containers: Containers,
  id: string,
  view?: Rect,
): (design: Design) => Design {
  const corner = (grab: { x: number; y: number }, size: { width: number; height: number }) => {
    const held = { x: point.x - grab.x, y: point.y - grab.y };
    return view ? keepInView(held, size, point, view) : held;
  };
  const relative = (containerId: string | undefined, size: { width: number; height: number }) => {
    const rect = containerId ? containers.siteRects.get(containerId) : undefined;
    if (!rect) return { x: 0, y: 0 };
    const at = corner(GRAB.inSite, size);
    return {
      x: Math.max(SITE.padding, Math.round(at.x - rect.x)),
      y: Math.max(SITE.header + 8, Math.round(at.y - rect.y)),
    };
  };
  switch (item.kind) {
    case 'site': {
      const at = corner(GRAB.site, DEFAULT_SITE_SIZE[item.siteKind]);
      return (design) =>
        placeInFreeSpace(
          addSite(design, {
            id,
            kind: item.siteKind,
            name: `${item.siteKind === 'central' ? 'Central site' : 'Branch site'} ${design.sites.filter((s) => s.kind === item.siteKind).length + 1}`,
            position: { x: Math.round(at.x), y: Math.round(at.y) },
          }),
          { ids: [id] },
        );
    }
    case 'pool': {
      const siteId = innermost(containers.siteRects, point);
      return (design) =>
        placeInFreeSpace(
          addPool(design, {
            id,
            siteId,
            role: item.role,
            ...(item.edition ? { edition: item.edition } : {}),
            position: relative(siteId, poolSize(0)),
          }),
          { ids: [id] },
        );
    }
    case 'server': {
      const poolId = innermost(containers.poolRects, point);
      return (design) => makeRoom(addServer(design, { id, poolId }), { around: [id] });
    }
    case 'userGroup': {
      const siteId = innermost(containers.siteRects, point);
      return (design) =>
        placeInFreeSpace(
          addUserGroup(design, { id, siteId, count: NEW_GROUP_COUNT, position: relative(siteId, USER_GROUP) }),
          {
            ids: [id],
          },
        );
    }
  }
}

/**
 * The top left corner for a box of `size` wanted at `corner`, moved as little as needed to lie inside `view`, and
 * never so far that the box no longer covers `point`. A box taller or wider than the view starts at its edge.
 */
export function keepInView(
  corner: { x: number; y: number },
  size: { width: number; height: number },
  point: { x: number; y: number },
  view: Rect,
): { x: number; y: number } {
  const axis = (at: number, length: number, held: number, from: number, extent: number) => {
    const low = Math.max(from, held - length);
    const high = Math.min(from + extent - length, held);
    return low > high ? low : Math.min(high, Math.max(low, at));
  };
  return {
    x: axis(corner.x, size.width, point.x, view.x, view.width),
    y: axis(corner.y, size.height, point.y, view.y, view.height),
  };
}

/** Where a clicked (not dragged) palette item goes: into the selected container, or beside what is there. */
export function defaultDropPoint(
  item: PaletteItem,
  selection: readonly string[],
  design: Design,
  containers: Containers,
): { x: number; y: number } {
  const selected = selection[0];
  const inside = (rect: Rect | undefined) =>
    rect ? { x: rect.x + rect.width / 2, y: rect.y + Math.min(rect.height / 2, 90) } : undefined;
  if (item.kind === 'server') {
    const pool =
      design.pools.find((p) => p.id === selected) ??
      design.pools.find((p) => p.id === design.servers.find((s) => s.id === selected)?.poolId);
    const point = inside(pool ? containers.poolRects.get(pool.id) : undefined);
    if (point) return point;
  }
  if (item.kind === 'pool' || item.kind === 'userGroup') {
    const siteId =
      design.sites.find((s) => s.id === selected)?.id ??
      design.pools.find((p) => p.id === selected)?.siteId ??
      design.userGroups.find((g) => g.id === selected)?.siteId ??
      design.sites[0]?.id;
    const rect = siteId ? containers.siteRects.get(siteId) : undefined;
    if (rect) {
      const below = Math.max(
        SITE.header + 12,
        ...[...containers.poolRects.values()]
          .filter((r) => r.x >= rect.x && r.x <= rect.x + rect.width && r.y >= rect.y && r.y <= rect.y + rect.height)
          .map((r) => r.y - rect.y + r.height + 16),
      );
      return { x: rect.x + SITE.padding + 24, y: rect.y + Math.min(below, rect.height - 60) + 20 };
    }
  }
  // Sites go side by side with room between them for a link and its label.
  const right = Math.max(0, ...[...containers.siteRects.values()].map((r) => r.x + r.width + 320));
  const top = Math.min(0, ...[...containers.siteRects.values()].map((r) => r.y));
  return { x: right + 40, y: top + 20 };
}
