import type { Edge, Node } from '@xyflow/react';
import type { LinkFigures } from '../../../shared/analysis/linkDemand';
import type { PoolFigures } from '../../../shared/analysis/poolLoad';
import type { Diagram, UserGroupBox } from '../../../shared/diagram/diagram';
import type { Rect } from '../../../shared/geometry/boxSizes';
import type { Point } from '../../../shared/geometry/rectangles';
import type { AssociationKind } from '../../../shared/model/association';
import type { Pool } from '../../../shared/model/pool';
import type { Server } from '../../../shared/model/server';
import type { Site } from '../../../shared/model/site';
import type { UserGroup } from '../../../shared/model/userGroup';
import type { FindingSummary } from '../../../shared/validation/findingSummary';

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
/**
 * An association's route as the diagram draws it, in flat values so that an edit which leaves a line where it was
 * leaves its edge alone: the path, the label's corner, and the two end boxes it was routed between (`at`).
 */
export type AssociationEdgeData = { kind: AssociationKind; path: string; labelX: number; labelY: number; at: string };

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

/**
 * The canvas as React Flow sees it: the design's diagram (shared/diagram) as nested nodes, each placed relative to
 * the box it is in, with the selection. Homing lines join a group to its pool only for what is selected.
 */
export function deriveFlow(diagram: Diagram, selection: ReadonlySet<string>): Flow {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const siteRects = new Map<string, Rect>();
  const poolRects = new Map<string, Rect>();
  const homings: UserGroupBox[] = [];
  const siteOfPool = new Map<string, string>();
  const rectOf = (box: Rect): Rect => ({ x: box.x, y: box.y, width: box.width, height: box.height });

  for (const box of diagram.boxes) {
    // The box's place in its container is the node's position (React Flow copies nodes, never changes them).
    const { id, width, height, offset: position } = box;
    const selected = selection.has(id);
    switch (box.kind) {
      case 'site':
        siteRects.set(id, rectOf(box));
        nodes.push({
          id,
          type: 'site',
          position,
          width,
          height,
          selected,
          zIndex: -1,
          data: {
            site: box.site,
            users: box.users,
            servers: box.servers,
            pools: box.pools,
            findings: box.findings,
            inner: box.inner,
            ...(box.collapsed ? { collapsed: true } : {}),
          },
        });
        break;
      case 'pool':
        poolRects.set(id, rectOf(box));
        siteOfPool.set(id, box.pool.siteId);
        nodes.push({
          id,
          type: 'pool',
          parentId: box.parentId,
          position,
          width,
          height,
          selected,
          data: { pool: box.pool, figures: box.figures, findings: box.findings },
        });
        break;
      case 'userGroup':
        homings.push(box);
        nodes.push({
          id,
          type: 'userGroup',
          parentId: box.parentId,
          position,
          width,
          height,
          selected,
          data: { group: box.group, homeName: box.homeName, findings: box.findings },
        });
        break;
      case 'server':
        nodes.push({
          id,
          type: 'server',
          parentId: box.parentId,
          position,
          width,
          height,
          selected,
          data: { server: box.server, findings: box.findings },
        });
        break;
    }
  }

  for (const line of diagram.lines) {
    if (line.kind !== 'link') continue;
    edges.push({
      id: line.id,
      type: 'link',
      source: line.source,
      target: line.target,
      selected: selection.has(line.id),
      data: { figures: line.figures, findings: line.findings },
    });
  }
  // Homing lines only for the selection: a selected group's line, and a selected pool's lines to the groups of its
  // own site. A line from every group of an estate to its pool would cover the map (each group's label names its
  // pool), and hundreds of long lines repaint on every drag frame.
  for (const { group, homeBoxId } of homings) {
    if (
      !selection.has(group.id) &&
      !(selection.has(group.homePoolId) && siteOfPool.get(group.homePoolId) === group.siteId)
    )
      continue;
    edges.push({
      id: `home:${group.id}`,
      type: 'homing',
      source: group.id,
      target: homeBoxId,
      selectable: false,
      focusable: false,
      data: {},
    });
  }
  for (const line of diagram.lines) {
    if (line.kind !== 'association') continue;
    const { points, label } = line.route;
    edges.push({
      id: line.id,
      type: 'association',
      source: line.source,
      target: line.target,
      selected: selection.has(line.id),
      data: {
        kind: line.associationKind,
        path: pathOf(points),
        labelX: label.x,
        labelY: label.y,
        at: endsKey(
          poolRects.get(line.source) ?? siteRects.get(line.source),
          poolRects.get(line.target) ?? siteRects.get(line.target),
        ),
      },
    });
  }
  return { nodes, edges, siteRects, poolRects };
}

/** An SVG path through the points. */
export const pathOf = (points: readonly Point[]): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x},${p.y}`).join(' ');

/** Two boxes as one string: an association edge compares where its ends are now with where they were routed. */
export const endsKey = (a: Rect | undefined, b: Rect | undefined): string =>
  a && b ? `${a.x},${a.y},${a.width},${a.height} ${b.x},${b.y},${b.width},${b.height}` : '';
