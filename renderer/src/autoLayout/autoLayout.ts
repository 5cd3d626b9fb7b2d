import dagre from '@dagrejs/dagre';
import { COLLAPSED_SITE, DEFAULT_SITE_SIZE, poolSize, SITE, USER_GROUP } from '../../../shared/geometry/boxSizes';
import type { Design } from '../../../shared/model/design';
import type { NodeLayout } from '../../../shared/model/layout';
import type { Site } from '../../../shared/model/site';

/** How the sites of a whole design are arranged; inside each site, pools and user groups are ranked by dagre. */
export type Arrangement = 'leftToRight' | 'hubAndSpokes';

interface Size {
  width: number;
  height: number;
}

/** Room between sites: a WAN link's label (capacity and demand) must fit between two boxes. */
const SITE_GAP = { along: 200, across: 80 } as const;
const INSIDE_GAP = { nodes: 32, ranks: 56 } as const;

/** Places (relative to the site) for a site's pools and user groups, and the size the site needs to hold them. */
export function layoutSiteContents(design: Design, site: Site): { places: Record<string, NodeLayout>; size: Size } {
  const serverCount = new Map<string, number>();
  for (const server of design.servers) serverCount.set(server.poolId, (serverCount.get(server.poolId) ?? 0) + 1);
  const pools = design.pools.filter((pool) => pool.siteId === site.id);
  const groups = design.userGroups.filter((group) => group.siteId === site.id);
  if (pools.length + groups.length === 0) return { places: {}, size: DEFAULT_SITE_SIZE[site.kind] };

  // Top to bottom: the people, the pools they are homed on, then what those pools depend on (SQL, file store).
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: INSIDE_GAP.nodes, ranksep: INSIDE_GAP.ranks, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  const inSite = new Set<string>();
  for (const pool of pools) {
    graph.setNode(pool.id, poolSize(serverCount.get(pool.id) ?? 0));
    inSite.add(pool.id);
  }
  for (const group of groups) graph.setNode(group.id, { ...USER_GROUP });
  for (const group of groups) if (inSite.has(group.homePoolId)) graph.setEdge(group.id, group.homePoolId);
  for (const association of design.associations) {
    if (inSite.has(association.from) && inSite.has(association.to)) graph.setEdge(association.from, association.to);
  }
  dagre.layout(graph);

  const places: Record<string, NodeLayout> = {};
  let right = 0;
  let bottom = 0;
  for (const id of graph.nodes()) {
    const node = graph.node(id);
    const x = SITE.padding + node.x - node.width / 2;
    const y = SITE.header + SITE.padding + node.y - node.height / 2;
    places[id] = { x, y };
    right = Math.max(right, x + node.width);
    bottom = Math.max(bottom, y + node.height);
  }
  // Never narrower than a collapsed site: the header must keep room for the name and totals.
  return {
    places,
    size: { width: Math.max(COLLAPSED_SITE.width, right + SITE.padding), height: bottom + SITE.padding },
  };
}

/** An automatic layout of one site's inside; the site keeps its place and takes the size it needs. */
export function layoutSite(
  design: Design,
  siteId: string,
  current: { x: number; y: number },
): Record<string, NodeLayout> {
  const site = design.sites.find((candidate) => candidate.id === siteId);
  if (!site) return {};
  const { places, size } = layoutSiteContents(design, site);
  return { ...places, [site.id]: { x: current.x, y: current.y, ...size } };
}

/** An automatic layout of the whole design: every site's inside, then the sites themselves. */
export function layoutDesign(design: Design, arrangement: Arrangement): Record<string, NodeLayout> {
  const places: Record<string, NodeLayout> = {};
  const sizes = new Map<string, Size>();
  for (const site of design.sites) {
    const inside = layoutSiteContents(design, site);
    Object.assign(places, inside.places);
    sizes.set(site.id, inside.size);
  }
  const origins = arrangement === 'leftToRight' ? sitesLeftToRight(design, sizes) : sitesAsHubsAndSpokes(design, sizes);
  for (const site of design.sites) places[site.id] = { ...origins.get(site.id)!, ...sizes.get(site.id)! };
  return places;
}

/** Sites ranked along their WAN links by dagre: a chain of sites reads left to right. */
function sitesLeftToRight(design: Design, sizes: ReadonlyMap<string, Size>): Map<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: SITE_GAP.across, ranksep: SITE_GAP.along, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const site of design.sites) graph.setNode(site.id, { ...sizes.get(site.id)! });
  for (const link of design.links) if (link.siteA !== link.siteB) graph.setEdge(link.siteA, link.siteB, {}, link.id);
  for (const site of design.sites) {
    if (site.centralSiteId && sizes.has(site.centralSiteId))
      graph.setEdge(site.centralSiteId, site.id, {}, `central:${site.id}`);
  }
  dagre.layout(graph);
  const origins = new Map<string, { x: number; y: number }>();
  for (const site of design.sites) {
    const node = graph.node(site.id);
    origins.set(site.id, { x: node.x - node.width / 2, y: node.y - node.height / 2 });
  }
  return origins;
}

/**
 * Each central site with its branches on a ring around it, the hubs side by side. A branch belongs to the
 * central site it names, else to the central site it has a link to; sites with neither go in a row below.
 * (A radial placement is plain geometry; dagre ranks graphs and has no radial mode.)
 */
function sitesAsHubsAndSpokes(design: Design, sizes: ReadonlyMap<string, Size>): Map<string, { x: number; y: number }> {
  const hubs = design.sites.filter((site) => site.kind === 'central');
  const hubIds = new Set(hubs.map((hub) => hub.id));
  const spokes = new Map<string, Site[]>(hubs.map((hub) => [hub.id, []]));
  const loose: Site[] = [];
  for (const site of design.sites) {
    if (hubIds.has(site.id)) continue;
    const linked = design.links.find(
      (link) =>
        (link.siteA === site.id && hubIds.has(link.siteB)) || (link.siteB === site.id && hubIds.has(link.siteA)),
    );
    const hub =
      site.centralSiteId && hubIds.has(site.centralSiteId)
        ? site.centralSiteId
        : linked
          ? linked.siteA === site.id
            ? linked.siteB
            : linked.siteA
          : undefined;
    if (hub) spokes.get(hub)!.push(site);
    else loose.push(site);
  }

  const origins = new Map<string, { x: number; y: number }>();
  const diagonal = (id: string) => Math.hypot(sizes.get(id)!.width, sizes.get(id)!.height);
  let left = 0;
  let lowest = 0;
  for (const hub of hubs) {
    const ring = spokes.get(hub.id)!;
    const hubSize = sizes.get(hub.id)!;
    const widest = Math.max(0, ...ring.map((site) => diagonal(site.id)));
    // The ring clears the hub, and neighbouring branches (a chord of 2r·sin(π/n) apart) do not touch.
    const clearHub = diagonal(hub.id) / 2 + widest / 2 + SITE_GAP.along;
    const clearNeighbours = ring.length > 1 ? (widest + SITE_GAP.across) / (2 * Math.sin(Math.PI / ring.length)) : 0;
    const radius = ring.length === 0 ? 0 : Math.max(clearHub, clearNeighbours);
    const reach = radius + widest / 2;
    const centre = { x: left + Math.max(reach, hubSize.width / 2), y: Math.max(reach, hubSize.height / 2) };
    origins.set(hub.id, { x: centre.x - hubSize.width / 2, y: centre.y - hubSize.height / 2 });
    ring.forEach((site, index) => {
      const angle = (2 * Math.PI * index) / ring.length - Math.PI / 2;
      const size = sizes.get(site.id)!;
      origins.set(site.id, {
        x: centre.x + radius * Math.cos(angle) - size.width / 2,
        y: centre.y + radius * Math.sin(angle) - size.height / 2,
      });
    });
    left = centre.x + Math.max(reach, hubSize.width / 2) + SITE_GAP.along;
    lowest = Math.max(lowest, centre.y + Math.max(reach, hubSize.height / 2));
  }
  let x = 0;
  for (const site of loose) {
    origins.set(site.id, { x, y: lowest + SITE_GAP.along });
    x += sizes.get(site.id)!.width + SITE_GAP.across;
  }
  return origins;
}
