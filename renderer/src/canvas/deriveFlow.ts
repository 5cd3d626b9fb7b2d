import type { Edge, Node } from '@xyflow/react';
import type { LinkFigures } from '../../../shared/analysis/linkDemand';
import type { PoolFigures } from '../../../shared/analysis/poolLoad';
import { layoutOf } from '../../../shared/commands/layoutOf';
import {
  COLLAPSED_SITE,
  poolSize,
  type Rect,
  SERVER,
  serverOffset,
  USER_GROUP,
} from '../../../shared/geometry/boxSizes';
import { defaultGroupPlace, defaultPoolPlace, defaultSiteOrigin, siteSize } from '../../../shared/geometry/designBoxes';
import type { AssociationKind } from '../../../shared/model/association';
import type { Design } from '../../../shared/model/design';
import type { Pool } from '../../../shared/model/pool';
import type { Server } from '../../../shared/model/server';
import type { Site } from '../../../shared/model/site';
import type { UserGroup } from '../../../shared/model/userGroup';
import type { Finding, Severity } from '../../../shared/rules/rule';
import type { ValidationResult } from '../../../shared/validate';

/** The findings about one entity, as a badge shows them. */
export interface FindingSummary {
  count: number;
  worst: Severity;
}

export type SiteNodeData = {
  site: Site;
  users: number;
  servers: number;
  pools: number;
  findings?: FindingSummary;
  /** The findings about what the site holds (pools, servers, user groups). */
  inner?: FindingSummary;
  /** Drawn as one box with its totals; what it holds is hidden. */
  collapsed?: boolean;
};
export type PoolNodeData = { pool: Pool; figures?: PoolFigures; findings?: FindingSummary };
export type ServerNodeData = { server: Server; findings?: FindingSummary };
export type UserGroupNodeData = { group: UserGroup; homeName: string; findings?: FindingSummary };
export type LinkEdgeData = { figures?: LinkFigures; findings?: FindingSummary };
export type AssociationEdgeData = { kind: AssociationKind };

export type SiteNode = Node<SiteNodeData, 'site'>;
export type PoolNode = Node<PoolNodeData, 'pool'>;
export type ServerNode = Node<ServerNodeData, 'server'>;
export type UserGroupNode = Node<UserGroupNodeData, 'userGroup'>;
export type FlowNode = SiteNode | PoolNode | ServerNode | UserGroupNode;
export type FlowEdge =
  | Edge<LinkEdgeData, 'link'>
  | Edge<AssociationEdgeData, 'association'>
  | Edge<Record<string, never>, 'homing'>;

export interface Flow {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Absolute rectangles of the containers, for finding where a palette item was dropped. */
  siteRects: Map<string, Rect>;
  poolRects: Map<string, Rect>;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function summarize(findings: readonly Finding[] | undefined): FindingSummary | undefined {
  if (!findings || findings.length === 0) return undefined;
  let worst: Severity = 'info';
  for (const finding of findings) if (rank[finding.severity] < rank[worst]) worst = finding.severity;
  return { count: findings.length, worst };
}

/**
 * The canvas as React Flow sees it, derived from the design and its validation: sites contain pools and
 * user groups, pools contain their servers (laid out in a grid), links join sites and associations join
 * pools. Positions come from `layout`; anything without one gets a tidy default place. A collapsed site is one
 * box: what it holds is not drawn, and associations to its pools end at the site.
 */
export function deriveFlow(
  design: Design,
  validation: ValidationResult | null,
  findingsBySubject: ReadonlyMap<string, Finding[]>,
  selection: ReadonlySet<string>,
  collapsed: ReadonlySet<string> = NONE,
): Flow {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const siteRects = new Map<string, Rect>();
  const poolRects = new Map<string, Rect>();
  const serversByPool = new Map<string, Server[]>();
  for (const server of design.servers)
    (serversByPool.get(server.poolId) ?? serversByPool.set(server.poolId, []).get(server.poolId)!).push(server);
  const poolsBySite = groupBy(design.pools, (pool) => pool.siteId);
  const groupsBySite = groupBy(design.userGroups, (group) => group.siteId);
  const poolName = new Map(design.pools.map((pool) => [pool.id, pool.fqdn]));
  const homings: UserGroup[] = [];
  const findingsOf = (id: string) => summarize(findingsBySubject.get(id));
  /** Where an edge to a pool ends: the pool, or its site when the site is collapsed. */
  const shownAs = new Map<string, string>();

  design.sites.forEach((site, siteIndex) => {
    const origin = layoutOf(design, site.id) ?? defaultSiteOrigin(siteIndex);
    const children: Array<{ node: FlowNode; rect: Rect }> = [];
    let usersAtSite = 0;
    let serversAtSite = 0;
    const inner: Finding[] = [];
    const isCollapsed = collapsed.has(site.id);
    const sitePools = poolsBySite.get(site.id) ?? [];

    sitePools.forEach((pool, poolIndex) => {
      const servers = serversByPool.get(pool.id) ?? [];
      serversAtSite += servers.length;
      inner.push(...(findingsBySubject.get(pool.id) ?? []));
      for (const server of servers) inner.push(...(findingsBySubject.get(server.id) ?? []));
      shownAs.set(pool.id, isCollapsed ? site.id : pool.id);
      if (isCollapsed) return;
      const size = poolSize(servers.length);
      const place = layoutOf(design, pool.id) ?? defaultPoolPlace(poolIndex, size);
      const node: PoolNode = {
        id: pool.id,
        type: 'pool',
        parentId: site.id,
        position: { x: place.x, y: place.y },
        width: size.width,
        height: size.height,
        selected: selection.has(pool.id),
        data: { pool, figures: validation?.figures.pools.get(pool.id), findings: findingsOf(pool.id) },
      };
      children.push({ node, rect: { x: place.x, y: place.y, ...size } });
    });

    (groupsBySite.get(site.id) ?? []).forEach((group, groupIndex) => {
      usersAtSite += group.count;
      inner.push(...(findingsBySubject.get(group.id) ?? []));
      if (isCollapsed) return;
      const place = layoutOf(design, group.id) ?? defaultGroupPlace(groupIndex);
      const node: UserGroupNode = {
        id: group.id,
        type: 'userGroup',
        parentId: site.id,
        position: { x: place.x, y: place.y },
        width: USER_GROUP.width,
        height: USER_GROUP.height,
        selected: selection.has(group.id),
        data: { group, homeName: poolName.get(group.homePoolId) ?? '?', findings: findingsOf(group.id) },
      };
      children.push({ node, rect: { x: place.x, y: place.y, ...USER_GROUP } });
      homings.push(group);
    });

    const { width, height } = isCollapsed
      ? COLLAPSED_SITE
      : siteSize(
          layoutOf(design, site.id),
          site.kind,
          children.map((child) => child.rect),
        );
    siteRects.set(site.id, { x: origin.x, y: origin.y, width, height });
    nodes.push({
      id: site.id,
      type: 'site',
      position: { x: origin.x, y: origin.y },
      width,
      height,
      selected: selection.has(site.id),
      zIndex: -1,
      data: {
        site,
        users: usersAtSite,
        servers: serversAtSite,
        pools: sitePools.length,
        findings: findingsOf(site.id),
        inner: summarize(inner),
        ...(isCollapsed ? { collapsed: true } : {}),
      },
    });
    for (const { node, rect } of children) {
      nodes.push(node);
      if (node.type === 'pool') poolRects.set(node.id, { ...rect, x: origin.x + rect.x, y: origin.y + rect.y });
    }
  });

  for (const [poolId, servers] of serversByPool) {
    if (shownAs.get(poolId) !== poolId) continue;
    servers.forEach((server, index) => {
      nodes.push({
        id: server.id,
        type: 'server',
        parentId: poolId,
        position: serverOffset(index),
        width: SERVER.width,
        height: SERVER.height,
        selected: selection.has(server.id),
        data: { server, findings: findingsOf(server.id) },
      });
    });
  }

  for (const link of design.links) {
    edges.push({
      id: link.id,
      type: 'link',
      source: link.siteA,
      target: link.siteB,
      selected: selection.has(link.id),
      data: { figures: validation?.figures.links.get(link.id), findings: findingsOf(link.id) },
    });
  }
  // Homing lines only for the selection: a selected group's line, and a selected pool's lines to the groups of its
  // own site. A line from every group of an estate to its pool would cover the map (each group's label names its
  // pool), and hundreds of long lines repaint on every drag frame.
  const siteOfPool = new Map(design.pools.map((pool) => [pool.id, pool.siteId]));
  for (const group of homings) {
    if (
      !selection.has(group.id) &&
      !(selection.has(group.homePoolId) && siteOfPool.get(group.homePoolId) === group.siteId)
    )
      continue;
    edges.push({
      id: `home:${group.id}`,
      type: 'homing',
      source: group.id,
      target: shownAs.get(group.homePoolId) ?? group.homePoolId,
      selectable: false,
      focusable: false,
      data: {},
    });
  }
  const drawn = new Set<string>();
  for (const association of design.associations) {
    const source = shownAs.get(association.from) ?? association.from;
    const target = shownAs.get(association.to) ?? association.to;
    if (source === association.from && target === association.to) {
      edges.push({
        id: association.id,
        type: 'association',
        source,
        target,
        selected: selection.has(association.id),
        data: { kind: association.kind },
      });
      continue;
    }
    // Into or out of a collapsed site: one line per pair of ends is enough; inside one collapsed site, none.
    const key = `${source}>${target}:${association.kind}`;
    if (source === target || drawn.has(key)) continue;
    drawn.add(key);
    edges.push({
      id: association.id,
      type: 'association',
      source,
      target,
      selected: selection.has(association.id),
      data: { kind: association.kind },
    });
  }
  return { nodes, edges, siteRects, poolRects };
}

const NONE: ReadonlySet<string> = new Set();

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const existing = map.get(k);
    if (existing) existing.push(item);
    else map.set(k, [item]);
  }
  return map;
}
