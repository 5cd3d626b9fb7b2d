import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';
import type { SiteKind } from '../model/site';
import { DEFAULT_SITE_SIZE, poolSize, type Rect, SITE, USER_GROUP } from './boxSizes';

/**
 * Where boxes without a stored place go, and how big a site is: the canvas draws from these and the commands that
 * make room compute with them, so a box is where both think it is.
 */
export const defaultSiteOrigin = (index: number) => ({ x: (index % 3) * 860, y: Math.floor(index / 3) * 560 });

export const defaultPoolPlace = (index: number, size: { width: number }) => ({
  x: SITE.padding + (index % 2) * (size.width + 32),
  y: SITE.header + SITE.padding + Math.floor(index / 2) * 340,
});

export const defaultGroupPlace = (index: number) => ({
  x: SITE.padding + index * (USER_GROUP.width + 16),
  y: SITE.header + SITE.padding + 360,
});

/** A site keeps the size the planner gave it (or its kind's default) and grows to hold what is inside. */
export function siteSize(
  stored: NodeLayout | undefined,
  kind: SiteKind,
  children: Iterable<Rect>,
): { width: number; height: number } {
  let width = stored?.width ?? DEFAULT_SITE_SIZE[kind].width;
  let height = stored?.height ?? DEFAULT_SITE_SIZE[kind].height;
  for (const rect of children) {
    width = Math.max(width, rect.x + rect.width + SITE.padding);
    height = Math.max(height, rect.y + rect.height + SITE.padding);
  }
  return { width, height };
}

/** The top left corner a box inside a site keeps clear of: the site's padding and header. */
export const SITE_INSIDE = { x: SITE.padding, y: SITE.header + SITE.padding } as const;

/**
 * How far apart boxes are put when they make room for one another: inside a site, the site's padding; between
 * sites, room for a WAN link and its label.
 */
export const ROOM = { inSite: SITE.padding, betweenSites: 96 } as const;

export interface DesignBoxes {
  /** Every site, in canvas coordinates, drawn open (a collapsed site is a view of the same box). */
  sites: Map<string, Rect>;
  /** The pools and user groups of each site, relative to the site. */
  inside: Map<string, Map<string, Rect>>;
  /** The site each pool and user group is in. */
  siteOf: Map<string, string>;
}

/** Every site, pool and user group of the design as the canvas draws it. */
export function designBoxes(design: Design): DesignBoxes {
  const nodes = design.layout?.nodes ?? {};
  const placeOf = (id: string): NodeLayout | undefined => (Object.hasOwn(nodes, id) ? nodes[id] : undefined);
  const serverCount = new Map<string, number>();
  for (const server of design.servers) serverCount.set(server.poolId, (serverCount.get(server.poolId) ?? 0) + 1);
  const inside = new Map<string, Map<string, Rect>>(design.sites.map((site) => [site.id, new Map()]));
  const siteOf = new Map<string, string>();
  const poolIndex = new Map<string, number>();
  for (const pool of design.pools) {
    const boxes = inside.get(pool.siteId);
    if (!boxes) continue;
    const index = poolIndex.get(pool.siteId) ?? 0;
    poolIndex.set(pool.siteId, index + 1);
    const size = poolSize(serverCount.get(pool.id) ?? 0);
    const place = placeOf(pool.id) ?? defaultPoolPlace(index, size);
    boxes.set(pool.id, { x: place.x, y: place.y, ...size });
    siteOf.set(pool.id, pool.siteId);
  }
  const groupIndex = new Map<string, number>();
  for (const group of design.userGroups) {
    const boxes = inside.get(group.siteId);
    if (!boxes) continue;
    const index = groupIndex.get(group.siteId) ?? 0;
    groupIndex.set(group.siteId, index + 1);
    const place = placeOf(group.id) ?? defaultGroupPlace(index);
    boxes.set(group.id, { x: place.x, y: place.y, ...USER_GROUP });
    siteOf.set(group.id, group.siteId);
  }
  const sites = new Map<string, Rect>();
  design.sites.forEach((site, index) => {
    const stored = placeOf(site.id);
    const origin = stored ?? defaultSiteOrigin(index);
    sites.set(site.id, { x: origin.x, y: origin.y, ...siteSize(stored, site.kind, inside.get(site.id)!.values()) });
  });
  return { sites, inside, siteOf };
}
