import type { Bounds } from '../../../shared/print/paginate';
import type { Flow, FlowEdge, FlowNode } from '../canvas/deriveFlow';

/** A node of the canvas in absolute diagram coordinates, as print and image export draw it. */
export interface DiagramBox {
  id: string;
  node: FlowNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Diagram {
  boxes: DiagramBox[];
  edges: FlowEdge[];
  bounds: Bounds;
}

/** Room around the drawing, so borders and labels at the edge are not cut. */
const PADDING = 24;

/**
 * The canvas as a static drawing: every node at its absolute place (the canvas nests pools in sites and servers
 * in pools), the edges among them, and the bounds. With `only`, just those nodes and what they hold (for an
 * export of the selection), and the edges whose two ends are drawn.
 */
export function diagramOf(flow: Pick<Flow, 'nodes' | 'edges'>, only?: ReadonlySet<string>): Diagram {
  const byId = new Map(flow.nodes.map((node) => [node.id, node]));
  const absolute = new Map<string, { x: number; y: number }>();
  const place = (node: FlowNode): { x: number; y: number } => {
    const known = absolute.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const origin = parent ? place(parent) : { x: 0, y: 0 };
    const at = { x: origin.x + node.position.x, y: origin.y + node.position.y };
    absolute.set(node.id, at);
    return at;
  };
  const included = (node: FlowNode): boolean => {
    if (!only) return true;
    for (
      let current: FlowNode | undefined = node;
      current;
      current = current.parentId ? byId.get(current.parentId) : undefined
    )
      if (only.has(current.id)) return true;
    return false;
  };
  const boxes = flow.nodes
    .filter(included)
    .map((node) => ({ id: node.id, node, ...place(node), width: node.width ?? 0, height: node.height ?? 0 }));
  const drawn = new Set(boxes.map((box) => box.id));
  const edges = flow.edges.filter((edge) => drawn.has(edge.source) && drawn.has(edge.target));
  if (boxes.length === 0) return { boxes, edges, bounds: { x: 0, y: 0, width: 0, height: 0 } };
  const left = Math.min(...boxes.map((box) => box.x)) - PADDING;
  const top = Math.min(...boxes.map((box) => box.y)) - PADDING;
  const right = Math.max(...boxes.map((box) => box.x + box.width)) + PADDING;
  const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + PADDING;
  return { boxes, edges, bounds: { x: left, y: top, width: right - left, height: bottom - top } };
}

const overlaps = (a: Bounds, b: Bounds) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The part of a diagram one page shows: the boxes that reach into the viewport, and the edges between boxes
 * that are drawn (an edge whose line crosses the page from two boxes off it is kept through its ends' bounding
 * box). A 5,000-server design on a hundred tiles then draws each box a few times, not a hundred.
 */
export function diagramWithin(diagram: Diagram, viewport: Bounds): Diagram {
  const byId = new Map(diagram.boxes.map((box) => [box.id, box]));
  const edges = diagram.edges.filter((edge) => {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b) return false;
    const left = Math.min(a.x, b.x);
    const top = Math.min(a.y, b.y);
    return overlaps(
      {
        x: left,
        y: top,
        width: Math.max(a.x + a.width, b.x + b.width) - left,
        height: Math.max(a.y + a.height, b.y + b.height) - top,
      },
      viewport,
    );
  });
  const ends = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const boxes = diagram.boxes.filter((box) => ends.has(box.id) || overlaps(box, viewport));
  return { boxes, edges, bounds: diagram.bounds };
}
