import { layoutOf } from '../commands/layoutOf';
import { COLLAPSED_SITE, poolSize, SERVER, serverOffset, USER_GROUP } from '../geometry/boxSizes';
import { defaultGroupPlace, defaultPoolPlace, defaultSiteOrigin, siteSize } from '../geometry/designBoxes';
import type { Design } from '../model/design';
import type { Finding } from '../rules/define/rule';
import { summarize, summarizeLists } from '../validation/findingSummary';
import type { ValidationResult } from '../validation/fullValidation';
import { associationRouter } from './associationRoutes';
import type { Diagram, DiagramBox, DiagramLine, PoolBox, UserGroupBox } from './diagram';
import { Extent } from './diagramParts';

const NO_SITES: ReadonlySet<string> = new Set();
const NO_POSITIONS: readonly number[] = [];

/**
 * The design as a drawing, from the design and its validation: sites hold pools and user groups, pools hold their
 * servers (in a grid), links join sites and associations join pools. Places come from the layout; anything without
 * one gets a tidy default place, and a site grows to hold what is in it. A collapsed site is one box: what it holds
 * is not drawn, and associations to its pools end at the site. The canvas, print and image export all draw this.
 */
export function designDiagram(
  design: Design,
  validation: ValidationResult,
  collapsed: ReadonlySet<string> = NO_SITES,
): Diagram {
  const { index, figures, findingsBySubject } = validation;
  const boxes: DiagramBox[] = [];
  const findingsOf = (id: string) => summarize(findingsBySubject.get(id));
  /** Where a line to a pool ends: the pool, or its site when the site is collapsed. */
  const shownAs = new Map<string, string>();
  const poolBoxes = new Map<string, PoolBox>();
  const groupBoxes: UserGroupBox[] = [];
  // Measured as the boxes are placed, where each box's shape is known, not in a second pass over all of them.
  const extent = new Extent();

  design.sites.forEach((site, siteIndex) => {
    const stored = layoutOf(design, site.id);
    const origin = stored ?? defaultSiteOrigin(siteIndex);
    const isCollapsed = collapsed.has(site.id);
    const sitePools = index.poolsBySite.get(site.id) ?? [];
    const siteGroups = index.groupPositionsBySite.get(site.id) ?? NO_POSITIONS;
    const children: Array<PoolBox | UserGroupBox> = [];
    const inner: Array<readonly Finding[] | undefined> = [];
    let serversAtSite = 0;
    let usersAtSite = 0;

    sitePools.forEach((pool, poolIndex) => {
      const servers = index.serversByPool.get(pool.id) ?? [];
      serversAtSite += servers.length;
      inner.push(findingsBySubject.get(pool.id));
      for (const server of servers) inner.push(findingsBySubject.get(server.id));
      shownAs.set(pool.id, isCollapsed ? site.id : pool.id);
      if (isCollapsed) return;
      const size = poolSize(servers.length);
      const place = layoutOf(design, pool.id) ?? defaultPoolPlace(poolIndex, size);
      const box: PoolBox = {
        kind: 'pool',
        id: pool.id,
        parentId: site.id,
        offset: { x: place.x, y: place.y },
        x: 0,
        y: 0,
        width: size.width,
        height: size.height,
        pool,
        figures: figures.pools.get(pool.id),
        findings: findingsOf(pool.id),
      };
      children.push(box);
      poolBoxes.set(pool.id, box);
    });

    siteGroups.forEach((position, groupIndex) => {
      const group = design.userGroups[position]!;
      usersAtSite += group.count;
      inner.push(findingsBySubject.get(group.id));
      if (isCollapsed) return;
      const place = layoutOf(design, group.id) ?? defaultGroupPlace(groupIndex);
      const box: UserGroupBox = {
        kind: 'userGroup',
        id: group.id,
        parentId: site.id,
        offset: { x: place.x, y: place.y },
        x: 0,
        y: 0,
        width: USER_GROUP.width,
        height: USER_GROUP.height,
        group,
        homeName: index.pools.get(group.homePoolId)?.fqdn ?? '?',
        homeBoxId: group.homePoolId,
        findings: findingsOf(group.id),
      };
      children.push(box);
      groupBoxes.push(box);
    });

    // The open size is the one the commands that make room compute with (geometry/designBoxes).
    const { width, height } = isCollapsed
      ? COLLAPSED_SITE
      : siteSize(
          stored,
          site.kind,
          children.map((child) => ({ ...child.offset, width: child.width, height: child.height })),
        );
    const { x, y } = origin;
    extent.add(x, y, width, height);
    boxes.push({
      kind: 'site',
      id: site.id,
      offset: { x: origin.x, y: origin.y },
      x,
      y,
      width,
      height,
      site,
      users: usersAtSite,
      servers: serversAtSite,
      pools: sitePools.length,
      findings: findingsOf(site.id),
      inner: summarizeLists(inner),
      collapsed: isCollapsed,
    });
    for (const child of children) {
      child.x = x + child.offset.x;
      child.y = y + child.offset.y;
      extent.add(child.x, child.y, child.width, child.height);
      boxes.push(child);
    }
  });

  for (const box of groupBoxes) box.homeBoxId = shownAs.get(box.group.homePoolId) ?? box.group.homePoolId;

  for (const [poolId, servers] of index.serversByPool) {
    const pool = poolBoxes.get(poolId);
    if (!pool || shownAs.get(poolId) !== poolId) continue;
    servers.forEach((server, serverIndex) => {
      const offset = serverOffset(serverIndex);
      const at = { x: pool.x + offset.x, y: pool.y + offset.y };
      extent.add(at.x, at.y, SERVER.width, SERVER.height);
      boxes.push({
        kind: 'server',
        id: server.id,
        parentId: poolId,
        offset,
        x: at.x,
        y: at.y,
        width: SERVER.width,
        height: SERVER.height,
        server,
        findings: findingsOf(server.id),
      });
    });
  }

  // Every site is drawn, and a pool is drawn or stands in its collapsed site: only an end that is neither (a
  // dangling reference) needs the list of every box.
  let everyBox: Set<string> | undefined;
  const drawn = (id: string) => {
    everyBox ??= new Set(boxes.map((box) => box.id));
    return everyBox.has(id);
  };
  const lines: DiagramLine[] = [];
  for (const link of design.links) {
    if (!(index.sites.has(link.siteA) || drawn(link.siteA)) || !(index.sites.has(link.siteB) || drawn(link.siteB)))
      continue;
    lines.push({
      kind: 'link',
      id: link.id,
      source: link.siteA,
      target: link.siteB,
      figures: figures.links.get(link.id),
      findings: findingsOf(link.id),
    });
  }
  const joined = new Set<string>();
  // Made when the first association needs it: a design without any pays nothing for routing.
  let route: ReturnType<typeof associationRouter> | undefined;
  for (const association of design.associations) {
    const from = shownAs.get(association.from);
    const to = shownAs.get(association.to);
    const source = from ?? association.from;
    const target = to ?? association.to;
    if ((from === undefined && !drawn(source)) || (to === undefined && !drawn(target))) continue;
    if (source !== association.from || target !== association.to) {
      // Into or out of a collapsed site: one line per pair of ends is enough; inside one collapsed site, none.
      const key = `${source}>${target}:${association.kind}`;
      if (source === target || joined.has(key)) continue;
      joined.add(key);
    }
    route ??= associationRouter(boxes);
    const drawnRoute = route(source, target, association.kind);
    if (!drawnRoute) continue;
    lines.push({
      kind: 'association',
      id: association.id,
      source,
      target,
      associationKind: association.kind,
      route: drawnRoute,
    });
  }
  return { boxes, lines, bounds: extent.bounds() };
}
