import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';
import { poolSize, SITE, USER_GROUP } from './boxSizes';

const GAP = 32;
const SITE_GAP = 240;

/** How many boxes a site holds in a row, and how many sites a row of sites holds. */
export interface GridShape {
  boxesPerRow: number;
  sitesPerRow: number;
}

/**
 * A tidy layout of a whole design: inside each site its pools in file order, then its user groups, in rows of
 * `boxesPerRow`; sites `sitesPerRow` to a row, each row as tall as its tallest site. Every site, pool and group gets a
 * place (the shipped samples and the canvas benchmark's designs are laid out so).
 */
export function gridLayout(design: Design, { boxesPerRow, sitesPerRow }: GridShape): Record<string, NodeLayout> {
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
    for (let row = 0; row < boxes.length; row += boxesPerRow) {
      let x = SITE.padding;
      let tallest = 0;
      for (const box of boxes.slice(row, row + boxesPerRow)) {
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
  for (let row = 0; row < design.sites.length; row += sitesPerRow) {
    let left = 0;
    let tallest = 0;
    for (const site of design.sites.slice(row, row + sitesPerRow)) {
      const size = sizes.get(site.id)!;
      nodes[site.id] = { x: left, y: top, ...size };
      left += size.width + SITE_GAP;
      tallest = Math.max(tallest, size.height);
    }
    top += tallest + SITE_GAP;
  }
  return nodes;
}
