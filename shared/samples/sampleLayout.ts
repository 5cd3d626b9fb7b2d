import { poolSize, SITE, USER_GROUP } from '../geometry/boxSizes';
import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';

const GAP = 32;
const SITE_GAP = 240;
const COLUMNS_IN_SITE = 4;
const SITES_PER_ROW = 2;

/**
 * A tidy layout for a sample: inside each site its pools in file order (the 2010 pools first, then the 2013 ones),
 * then its user groups, in rows of four; sites two to a row, each row as tall as its tallest site. Every entity of
 * the file has a place, so the sample opens on the canvas as drawn, whichever state is shown.
 */
export function sampleLayout(design: Design): Record<string, NodeLayout> {
  const nodes: Record<string, NodeLayout> = {};
  const servers = new Map<string, number>();
  for (const server of design.servers) servers.set(server.poolId, (servers.get(server.poolId) ?? 0) + 1);
  const sizes = new Map<string, { width: number; height: number }>();
  for (const site of design.sites) {
    const boxes = [
      ...design.pools
        .filter((pool) => pool.siteId === site.id)
        .map((pool) => ({ id: pool.id, ...poolSize(servers.get(pool.id) ?? 0) })),
      ...design.userGroups
        .filter((group) => group.siteId === site.id)
        .map((group) => ({ id: group.id, ...USER_GROUP })),
    ];
    let y = SITE.header + SITE.padding;
    let width = 0;
    for (let row = 0; row < boxes.length; row += COLUMNS_IN_SITE) {
      let x = SITE.padding;
      let tallest = 0;
      for (const box of boxes.slice(row, row + COLUMNS_IN_SITE)) {
        nodes[box.id] = { x, y };
        x += box.width + GAP;
        tallest = Math.max(tallest, box.height);
      }
      width = Math.max(width, x - GAP + SITE.padding);
      y += tallest + GAP;
    }
    sizes.set(site.id, { width: Math.max(width, 340), height: Math.max(y - GAP + SITE.padding, 160) });
  }
  let top = 0;
  for (let row = 0; row < design.sites.length; row += SITES_PER_ROW) {
    let left = 0;
    let tallest = 0;
    for (const site of design.sites.slice(row, row + SITES_PER_ROW)) {
      const size = sizes.get(site.id)!;
      nodes[site.id] = { x: left, y: top, ...size };
      left += size.width + SITE_GAP;
      tallest = Math.max(tallest, size.height);
    }
    top += tallest + SITE_GAP;
  }
  return nodes;
}
