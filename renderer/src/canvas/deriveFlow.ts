import type { Edge, Node } from '@xyflow/react';
import type { LinkFigures } from '../../../shared/analysis/linkDemand';
import type { PoolFigures } from '../../../shared/analysis/poolLoad';
import type { Diagram, DiagramBox, DiagramLine, UserGroupBox } from '../../../shared/diagram/diagram';
import type { ChangeMark } from '../../../shared/diagram/stepGhosts';
import type { Rect } from '../../../shared/geometry/boxSizes';
import type { Point } from '../../../shared/geometry/rectangles';
import type { AssociationKind } from '../../../shared/model/association';
import type { Pool } from '../../../shared/model/pool';
import type { Server } from '../../../shared/model/server';
import type { Site } from '../../../shared/model/site';
import type { UserGroup } from '../../../shared/model/userGroup';
import type { FindingSummary } from '../../../shared/validation/findingSummary';

/**
 * What a step does to the item, when the canvas shows a step's changes (shared/diagram/stepGhosts.ts). The key is
 * present only on marked items: an unmarked item's data is what it was before marks existed, so showing a step
 * re-renders only what it marks.
 */
type Marked = { mark?: ChangeMark };

export type SiteNodeData = Marked & {
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
/** `legacy`: a Lync Server 2010 pool, or a server of one, drawn apart from 2013 ones. */
export type PoolNodeData = Marked & { pool: Pool; legacy?: true; figures?: PoolFigures; findings?: FindingSummary };
export type ServerNodeData = Marked & { server: Server; legacy?: true; findings?: FindingSummary };
export type UserGroupNodeData = Marked & { group: UserGroup; homeName: string; findings?: FindingSummary };
export type LinkEdgeData = Marked & { figures?: LinkFigures; findings?: FindingSummary };
/**
 * An association's route as the diagram draws it, in flat values so that an edit which leaves a line where it was
 * leaves its edge alone: the path, the label's corner, and the two end boxes it was routed between (`at`).
 */
export type AssociationEdgeData = Marked & {
  kind: AssociationKind;
  path: string;
  labelX: number;
  labelY: number;
  at: string;
};

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
  /** Absolute rectangles of the containers, for finding where a palette item was dropped (never a ghost's). */
  siteRects: Map<string, Rect>;
  poolRects: Map<string, Rect>;
}

/**
 * A ghost (what the shown step removes) is drawn as it was, never edited: React Flow neither selects, focuses,
 * drags nor connects it, whatever the selection holds.
 */
const GHOST = { selectable: false, focusable: false, draggable: false, connectable: false, selected: false } as const;
const GHOST_EDGE = { selectable: false, focusable: false, selected: false } as const;

/** The node data with the box's mark and legacy flag, each key only when set (see {@link Marked}). */
function flagged<T extends object>(data: T, box: DiagramBox | DiagramLine): T & Marked & { legacy?: true } {
  const out = data as T & Marked & { legacy?: true };
  if (box.mark) out.mark = box.mark;
  if ((box.kind === 'pool' || box.kind === 'server') && box.legacy) out.legacy = true;
  return out;
}

/**
 * The canvas as React Flow sees it: the design's diagram (shared/diagram) as nested nodes, each placed relative to
 * the box it is in, with the selection. Homing lines join a group to its pool only for what is selected. A ghost
 * box or line of a step's diagram is drawn but cannot be selected, dragged, connected or dropped into.
 */
export function deriveFlow(diagram: Diagram, selection: ReadonlySet<string>): Flow {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const siteRects = new Map<string, Rect>();
  const poolRects = new Map<string, Rect>();
  // Where ghost containers are: an association edge to a ghost still needs its ends' rectangles.
  const ghostRects = new Map<string, Rect>();
  const homings: UserGroupBox[] = [];
  const siteOfPool = new Map<string, string>();
  const rectOf = (box: Rect): Rect => ({ x: box.x, y: box.y, width: box.width, height: box.height });

  for (const box of diagram.boxes) {
    // The box's place in its container is the node's position (React Flow copies nodes, never changes them).
    const { id, width, height, offset: position } = box;
    const ghost = box.mark === 'removed';
    const selected = !ghost && selection.has(id);
    const count = nodes.length;
    switch (box.kind) {
      case 'site':
        (ghost ? ghostRects : siteRects).set(id, rectOf(box));
        nodes.push({
          id,
          type: 'site',
          position,
          width,
          height,
          selected,
          zIndex: -1,
          data: flagged(
            {
              site: box.site,
              users: box.users,
              servers: box.servers,
              pools: box.pools,
              findings: box.findings,
              inner: box.inner,
              ...(box.collapsed ? { collapsed: true } : {}),
            },
            box,
          ),
        });
        break;
      case 'pool':
        (ghost ? ghostRects : poolRects).set(id, rectOf(box));
        siteOfPool.set(id, box.pool.siteId);
        nodes.push({
          id,
          type: 'pool',
          parentId: box.parentId,
          position,
          width,
          height,
          selected,
          data: flagged({ pool: box.pool, figures: box.figures, findings: box.findings }, box),
        });
        break;
      case 'userGroup':
        if (!ghost) homings.push(box);
        nodes.push({
          id,
          type: 'userGroup',
          parentId: box.parentId,
          position,
          width,
          height,
          selected,
          data: flagged({ group: box.group, homeName: box.homeName, findings: box.findings }, box),
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
          data: flagged({ server: box.server, findings: box.findings }, box),
        });
        break;
    }
    if (ghost && nodes.length > count) Object.assign(nodes[count]!, GHOST);
  }

  for (const line of diagram.lines) {
    if (line.kind !== 'link') continue;
    edges.push({
      id: line.id,
      type: 'link',
      source: line.source,
      target: line.target,
      selected: selection.has(line.id),
      data: flagged({ figures: line.figures, findings: line.findings }, line),
      ...(line.mark === 'removed' ? GHOST_EDGE : {}),
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
  const endRect = (id: string) => poolRects.get(id) ?? siteRects.get(id) ?? ghostRects.get(id);
  for (const line of diagram.lines) {
    if (line.kind !== 'association') continue;
    const { points, label } = line.route;
    edges.push({
      id: line.id,
      type: 'association',
      source: line.source,
      target: line.target,
      selected: selection.has(line.id),
      data: flagged(
        {
          kind: line.associationKind,
          path: pathOf(points),
          labelX: label.x,
          labelY: label.y,
          at: endsKey(endRect(line.source), endRect(line.target)),
        },
        line,
      ),
      ...(line.mark === 'removed' ? GHOST_EDGE : {}),
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
