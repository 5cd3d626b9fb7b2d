import type { DesignIndex } from './designIndex';

/**
 * The route between two sites is the shortest path over links, counted in links (format.md, "Which link
 * carries which traffic"). Breadth-first trees are rooted at the destination (media goes to a few central
 * sites, so there are few trees for many origins); among equally short routes the one whose links come first
 * in the file, seen from the destination, wins, so a route never depends on anything but the design.
 * Returns the link ids from origin to destination, [] for the same site, or undefined when no path exists.
 *
 * Sites and links are numbered once and the trees are typed arrays: a 1,000-site design has a hundred trees.
 */
export function createRouter(index: DesignIndex): (from: string, to: string) => readonly string[] | undefined {
  const siteIds = [...index.sites.keys()];
  const number = new Map(siteIds.map((id, i) => [id, i]));
  const linkIds: string[] = [];
  // Adjacency in compressed rows: neighbours of site i are entries start[i] .. start[i + 1] - 1.
  const start = new Int32Array(siteIds.length + 1);
  const neighbour: number[] = [];
  const via: number[] = [];
  siteIds.forEach((id, i) => {
    start[i] = neighbour.length;
    for (const link of index.linksBySite.get(id) ?? []) {
      const other = number.get(link.siteA === id ? link.siteB : link.siteA);
      if (other === undefined) continue;
      neighbour.push(other);
      via.push(linkIds.push(link.id) - 1);
    }
  });
  start[siteIds.length] = neighbour.length;

  const trees = new Map<number, { next: Int32Array; link: Int32Array }>();
  const routes = new Map<string, Map<string, readonly string[] | undefined>>();

  const treeTo = (root: number) => {
    let tree = trees.get(root);
    if (tree) return tree;
    tree = { next: new Int32Array(siteIds.length).fill(-1), link: new Int32Array(siteIds.length).fill(-1) };
    tree.next[root] = root;
    const queue = new Int32Array(siteIds.length);
    let tail = 0;
    queue[tail++] = root;
    for (let head = 0; head < tail; head++) {
      const site = queue[head]!;
      for (let e = start[site]!; e < start[site + 1]!; e++) {
        const other = neighbour[e]!;
        if (tree.next[other] !== -1) continue;
        tree.next[other] = site;
        tree.link[other] = via[e]!;
        queue[tail++] = other;
      }
    }
    trees.set(root, tree);
    return tree;
  };

  return (from, to) => {
    if (from === to) return [];
    let byOrigin = routes.get(to);
    if (!byOrigin) {
      byOrigin = new Map();
      routes.set(to, byOrigin);
    }
    if (byOrigin.has(from)) return byOrigin.get(from);
    const origin = number.get(from);
    const root = number.get(to);
    let path: string[] | undefined;
    if (origin !== undefined && root !== undefined) {
      const tree = treeTo(root);
      if (tree.next[origin] !== -1) {
        path = [];
        for (let site = origin; site !== root; site = tree.next[site]!) path.push(linkIds[tree.link[site]!]!);
      }
    }
    byOrigin.set(from, path);
    return path;
  };
}
