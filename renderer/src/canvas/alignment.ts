import type { Rect } from '../../../shared/geometry/boxSizes';

/** A line drawn while dragging, where an edge or centre of the dragged box meets one of a neighbour's. */
export interface Guide {
  orientation: 'vertical' | 'horizontal';
  /** x of a vertical guide, y of a horizontal one. */
  at: number;
  from: number;
  to: number;
}

/** How close (in canvas units) an edge or centre must come to a neighbour's to snap to it. */
export const ALIGN_THRESHOLD = 6;

const xsOf = (rect: Rect) => [rect.x, rect.x + rect.width / 2, rect.x + rect.width];
const ysOf = (rect: Rect) => [rect.y, rect.y + rect.height / 2, rect.y + rect.height];

/**
 * Where a dragged box goes when one of its left/centre/right lines comes within the threshold of a neighbour's
 * (and the same for top/middle/bottom): the nearest match wins on each axis. Returns the adjusted position
 * and the guides to draw, both in the coordinates of the rectangles given.
 */
export function alignToNeighbours(
  moving: Rect,
  neighbours: readonly Rect[],
  threshold = ALIGN_THRESHOLD,
): { x: number; y: number; guides: Guide[] } {
  const bestX = nearest(xsOf(moving), neighbours, xsOf, threshold);
  const bestY = nearest(ysOf(moving), neighbours, ysOf, threshold);
  const x = moving.x + (bestX?.delta ?? 0);
  const y = moving.y + (bestY?.delta ?? 0);
  const placed = { ...moving, x, y };
  const guides: Guide[] = [];
  if (bestX) {
    const spans = bestX.matches.flatMap((rect) => [rect.y, rect.y + rect.height]);
    guides.push({
      orientation: 'vertical',
      at: bestX.line,
      from: Math.min(placed.y, ...spans),
      to: Math.max(placed.y + placed.height, ...spans),
    });
  }
  if (bestY) {
    const spans = bestY.matches.flatMap((rect) => [rect.x, rect.x + rect.width]);
    guides.push({
      orientation: 'horizontal',
      at: bestY.line,
      from: Math.min(placed.x, ...spans),
      to: Math.max(placed.x + placed.width, ...spans),
    });
  }
  return { x, y, guides };
}

function nearest(lines: number[], neighbours: readonly Rect[], linesOf: (rect: Rect) => number[], threshold: number) {
  let best: { delta: number; line: number; matches: Rect[] } | undefined;
  for (const rect of neighbours) {
    for (const target of linesOf(rect)) {
      for (const line of lines) {
        const delta = target - line;
        if (Math.abs(delta) > threshold) continue;
        if (!best || Math.abs(delta) < Math.abs(best.delta)) best = { delta, line: target, matches: [rect] };
        else if (delta === best.delta && target === best.line && !best.matches.includes(rect)) best.matches.push(rect);
      }
    }
  }
  return best;
}
