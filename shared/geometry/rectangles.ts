import type { Rect } from './boxSizes';

export interface Point {
  x: number;
  y: number;
}

/** Whether two rectangles share more than an edge, or come closer than `gap` to each other. */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

/** The rectangle grown by `by` on every side. */
export const inflate = (rect: Rect, by: number): Rect => ({
  x: rect.x - by,
  y: rect.y - by,
  width: rect.width + 2 * by,
  height: rect.height + 2 * by,
});

export const centreOf = (rect: Rect): Point => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

/**
 * Whether the segment from `a` to `b` passes through the inside of the rectangle (touching its border is not
 * crossing it), the rectangle grown by `grow` on every side. Liang-Barsky clipping: the segment's parameter range
 * inside the rectangle is non-empty. Routing asks this many thousand times per diagram, so it allocates nothing
 * (not even the grown rectangle) and rejects far segments first.
 */
export function segmentCrosses(a: Point, b: Point, box: Rect, grow = 0): boolean {
  const left = box.x - grow;
  const top = box.y - grow;
  const right = box.x + box.width + grow;
  const bottom = box.y + box.height + grow;
  if (
    (a.x <= left && b.x <= left) ||
    (a.x >= right && b.x >= right) ||
    (a.y <= top && b.y <= top) ||
    (a.y >= bottom && b.y >= bottom)
  )
    return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? a.x - left : side === 1 ? right - a.x : side === 2 ? a.y - top : bottom - a.y;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter >= leave) return false;
  }
  return leave - enter > 1e-9;
}
