import type { DesignIndex } from './designIndex';

/**
 * The route between two sites is the shortest path over links, counted in links (format.md, "Which link
 * carries which traffic"). Ties go to the link listed first in the file, so a route never depends on
 * anything but the design. Returns the link ids in order, [] for the same site, or undefined when no
 * path exists.
 */
export function createRouter(index: DesignIndex): (from: string, to: string) => readonly string[] | undefined {
  const trees = new Map<string, Map<string, { previous: string; link: string }>>();

  const treeFrom = (origin: string) => {
    let tree = trees.get(origin);
    if (tree) return tree;
    tree = new Map();
    const visited = new Set([origin]);
    const queue = [origin];
    for (let head = 0; head < queue.length; head++) {
      const site = queue[head]!;
      for (const link of index.linksBySite.get(site) ?? []) {
        const next = link.siteA === site ? link.siteB : link.siteA;
        if (visited.has(next)) continue;
        visited.add(next);
        tree.set(next, { previous: site, link: link.id });
        queue.push(next);
      }
    }
    trees.set(origin, tree);
    return tree;
  };

  return (from, to) => {
    if (from === to) return [];
    const tree = treeFrom(from);
    if (!tree.has(to)) return undefined;
    const path: string[] = [];
    for (let site = to; site !== from; ) {
      const step = tree.get(site)!;
      path.push(step.link);
      site = step.previous;
    }
    return path.reverse();
  };
}
