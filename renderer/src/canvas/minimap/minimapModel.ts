import { ROLE_STYLES } from '../../ui/roleStyle';
import type { FlowNode } from '../deriveFlow';

/** One box of the overview: a site or a pool, in flow coordinates. Servers and user groups are too small to see. */
export interface MinimapBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'central' | 'branch' | 'pool';
  color?: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The sites and pools of the canvas with absolute positions (a pool's position is relative to its site). Ghosts of
 * what the shown step removed are left out: the overview shows the state, not the step.
 */
export function minimapBoxes(nodes: readonly FlowNode[]): MinimapBox[] {
  const sites = new Map<string, { x: number; y: number }>();
  const boxes: MinimapBox[] = [];
  for (const node of nodes) {
    if (node.type !== 'site' || node.data.mark === 'removed') continue;
    sites.set(node.id, node.position);
    boxes.push({
      id: node.id,
      ...node.position,
      width: node.width ?? 0,
      height: node.height ?? 0,
      kind: node.data.site.kind === 'central' ? 'central' : 'branch',
    });
  }
  for (const node of nodes) {
    if (node.type !== 'pool' || node.data.mark === 'removed') continue;
    const site = node.parentId ? sites.get(node.parentId) : undefined;
    boxes.push({
      id: node.id,
      x: node.position.x + (site?.x ?? 0),
      y: node.position.y + (site?.y ?? 0),
      width: node.width ?? 0,
      height: node.height ?? 0,
      kind: 'pool',
      color: ROLE_STYLES[node.data.pool.role].color,
    });
  }
  return boxes;
}

/**
 * A string that changes exactly when the drawing would: the overview is redrawn only then, not on every edit of
 * a figure (which changes the node objects but not one box).
 */
export function boxesKey(boxes: readonly MinimapBox[]): string {
  return boxes
    .map((box) => `${box.id}:${box.x},${box.y},${box.width},${box.height},${box.color ?? box.kind}`)
    .join('|');
}

/** The part of the flow the canvas shows, from React Flow's transform [x, y, zoom] and the canvas size in px. */
export function visibleRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** The smallest rect holding all of `rects`, or undefined for none. */
export function union(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rect of rects) {
    minX = Math.min(minX, rect.x);
    minY = Math.min(minY, rect.y);
    maxX = Math.max(maxX, rect.x + rect.width);
    maxY = Math.max(maxY, rect.y + rect.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * What the overview shows: the design and the visible part of the canvas, padded, grown to the overview's aspect
 * ratio so boxes keep their shape and the whole is centred.
 */
export function overviewFrame(content: Rect | undefined, visible: Rect, aspect: number, padding = 0.05): Rect {
  const all = union(content ? [content, visible] : [visible])!;
  const pad = Math.max(all.width, all.height) * padding;
  let width = all.width + 2 * pad;
  let height = all.height + 2 * pad;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  return { x: all.x + all.width / 2 - width / 2, y: all.y + all.height / 2 - height / 2, width, height };
}

/** The viewport that centres flow point (x, y) in a canvas of `width` × `height` px at `zoom`. */
export function centredOn(
  point: { x: number; y: number },
  zoom: number,
  width: number,
  height: number,
): { x: number; y: number; zoom: number } {
  return { x: width / 2 - point.x * zoom, y: height / 2 - point.y * zoom, zoom };
}
