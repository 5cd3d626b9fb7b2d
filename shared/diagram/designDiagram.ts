import { layoutOf } from '../commands/layoutOf';
import { COLLAPSED_SITE, poolSize, SERVER, serverOffset, USER_GROUP } from '../geometry/boxSizes';
import { defaultGroupPlace, defaultPoolPlace, defaultSiteOrigin, siteSize } from '../geometry/designBoxes';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import type { Site } from '../model/site';
import type { UserGroup } from '../model/userGroup';
import type { StateDiff } from '../plan/stateDiff';
import type { Finding } from '../rules/define/rule';
import { summarize, summarizeLists } from '../validation/findingSummary';
import type { ValidationResult } from '../validation/fullValidation';
import type { Diagram, DiagramBox, PoolBox, ServerBox, SiteBox, UserGroupBox } from './diagram';
import { diagramLines } from './diagramLines';
import { Extent } from './diagramParts';
import { type ChangeMark, marked, stepGhosts } from './stepGhosts';

const NO_SITES: ReadonlySet<string> = new Set();
const NO_POSITIONS: readonly number[] = [];
const NONE: readonly never[] = [];
const NO_MARK = (_id: string): ChangeMark | undefined => undefined;

/**
 * The design as a drawing, from the design and its validation: sites hold pools and user groups, pools hold their
 * servers (in a grid), links join sites and associations join pools. Places come from the layout; anything without
 * one gets a tidy default place, and a site grows to hold what is in it. A collapsed site is one box: what it holds
 * is not drawn, and associations to its pools end at the site. The canvas, print and image export all draw this.
 *
 * With `changes` (a step's diff, the state before it against `design`, the state after), what the step adds or
 * changes carries its mark, and what it removes is drawn as a ghost: the entity as it was, at its layout place
 * (layouts are shared by every state), inside its container, or inside the ghost of a container removed with it.
 * A ghost without a stored place goes after the live boxes of its container.
 */
export function designDiagram(
  design: Design,
  validation: ValidationResult,
  collapsed: ReadonlySet<string> = NO_SITES,
  changes?: StateDiff,
): Diagram {
  const { index, figures, findingsBySubject } = validation;
  const ghosts = changes ? stepGhosts(changes) : undefined;
  const markOf = ghosts?.markOf ?? NO_MARK;
  const boxes: DiagramBox[] = [];
  const findingsOf = (id: string) => summarize(findingsBySubject.get(id));
  /** Where a line to a pool ends: the pool, or its site when the site is collapsed. */
  const shownAs = new Map<string, string>();
  const poolBoxes = new Map<string, PoolBox>();
  const groupBoxes: UserGroupBox[] = [];
  // Measured as the boxes are placed, where each box's shape is known, not in a second pass over all of them.
  const extent = new Extent();

  const drawSite = (site: Site, siteIndex: number, siteGhost: boolean) => {
    const stored = layoutOf(design, site.id);
    const origin = stored ?? defaultSiteOrigin(siteIndex);
    // A ghost site is drawn open: it cannot be expanded (it is not in the state), and what it held is the point.
    const isCollapsed = !siteGhost && collapsed.has(site.id);
    const sitePools = siteGhost ? NONE : (index.poolsBySite.get(site.id) ?? NONE);
    const siteGroups = siteGhost ? NO_POSITIONS : (index.groupPositionsBySite.get(site.id) ?? NO_POSITIONS);
    const ghostPools = ghosts?.poolsBySite.get(site.id) ?? NONE;
    const ghostGroups = ghosts?.groupsBySite.get(site.id) ?? NONE;
    const children: Array<PoolBox | UserGroupBox> = [];
    const inner: Array<readonly Finding[] | undefined> = [];
    let serversAtSite = 0;
    let usersAtSite = 0;

    const drawPool = (pool: Pool, poolIndex: number, ghost: boolean) => {
      const servers = ghost ? NONE : (index.serversByPool.get(pool.id) ?? NONE);
      const ghostServers = ghosts?.serversByPool.get(pool.id)?.length ?? 0;
      // A ghost site counts what it held; a live one what it holds in the state shown.
      if (ghost === siteGhost) serversAtSite += ghost ? ghostServers : servers.length;
      if (!ghost) {
        inner.push(findingsBySubject.get(pool.id));
        for (const server of servers) inner.push(findingsBySubject.get(server.id));
      }
      shownAs.set(pool.id, isCollapsed ? site.id : pool.id);
      if (isCollapsed) return;
      const size = poolSize(servers.length + ghostServers);
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
        figures: ghost ? undefined : figures.pools.get(pool.id),
        findings: ghost ? undefined : findingsOf(pool.id),
      };
      if (pool.version === 2010) box.legacy = true;
      children.push(marked(box, ghost ? 'removed' : markOf(pool.id)));
      poolBoxes.set(pool.id, box);
    };
    for (let i = 0; i < sitePools.length; i++) drawPool(sitePools[i]!, i, false);
    for (let k = 0; k < ghostPools.length; k++) drawPool(ghostPools[k]!, sitePools.length + k, true);

    const drawGroup = (group: UserGroup, groupIndex: number, ghost: boolean) => {
      if (ghost === siteGhost) usersAtSite += group.count;
      if (!ghost) inner.push(findingsBySubject.get(group.id));
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
        // A group still homed on a pool the step removed names the ghost it points at.
        homeName: index.pools.get(group.homePoolId)?.fqdn ?? ghosts?.pools.get(group.homePoolId)?.fqdn ?? '?',
        homeBoxId: group.homePoolId,
        findings: ghost ? undefined : findingsOf(group.id),
      };
      children.push(marked(box, ghost ? 'removed' : markOf(group.id)));
      groupBoxes.push(box);
    };
    for (let i = 0; i < siteGroups.length; i++) drawGroup(design.userGroups[siteGroups[i]!]!, i, false);
    for (let k = 0; k < ghostGroups.length; k++) drawGroup(ghostGroups[k]!, siteGroups.length + k, true);

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
    boxes.push(
      marked<SiteBox>(
        {
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
          pools: siteGhost ? ghostPools.length : sitePools.length,
          findings: siteGhost ? undefined : findingsOf(site.id),
          inner: siteGhost ? undefined : summarizeLists(inner),
          collapsed: isCollapsed,
        },
        siteGhost ? 'removed' : markOf(site.id),
      ),
    );
    for (const child of children) {
      child.x = x + child.offset.x;
      child.y = y + child.offset.y;
      extent.add(child.x, child.y, child.width, child.height);
      boxes.push(child);
    }
  };
  for (let i = 0; i < design.sites.length; i++) drawSite(design.sites[i]!, i, false);
  for (const [k, site] of (ghosts?.sites ?? NONE).entries()) drawSite(site, design.sites.length + k, true);

  for (const box of groupBoxes) box.homeBoxId = shownAs.get(box.group.homePoolId) ?? box.group.homePoolId;

  const drawServers = (pool: PoolBox, servers: readonly ServerBox['server'][], from: number, ghost: boolean) => {
    servers.forEach((server, k) => {
      const offset = serverOffset(from + k);
      const at = { x: pool.x + offset.x, y: pool.y + offset.y };
      extent.add(at.x, at.y, SERVER.width, SERVER.height);
      const box: ServerBox = {
        kind: 'server',
        id: server.id,
        parentId: pool.id,
        offset,
        x: at.x,
        y: at.y,
        width: SERVER.width,
        height: SERVER.height,
        server,
        findings: ghost ? undefined : findingsOf(server.id),
      };
      if (pool.legacy) box.legacy = true;
      boxes.push(marked(box, ghost ? 'removed' : markOf(server.id)));
    });
  };
  for (const [poolId, servers] of index.serversByPool) {
    const pool = poolBoxes.get(poolId);
    if (!pool || shownAs.get(poolId) !== poolId || pool.mark === 'removed') continue;
    drawServers(pool, servers, 0, false);
  }
  if (ghosts)
    for (const [poolId, servers] of ghosts.serversByPool) {
      const pool = poolBoxes.get(poolId);
      if (!pool || shownAs.get(poolId) !== poolId) continue;
      const live = pool.mark === 'removed' ? 0 : (index.serversByPool.get(poolId)?.length ?? 0);
      drawServers(pool, servers, live, true);
    }

  const lines = diagramLines(design, validation, boxes, shownAs, ghosts, markOf);
  return { boxes, lines, bounds: extent.bounds() };
}
