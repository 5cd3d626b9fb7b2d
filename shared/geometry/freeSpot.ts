import type { Rect } from './boxSizes';
import { overlaps, type Point } from './rectangles';

export interface FreeSpotArgs {
  size: { width: number; height: number };
  /** Where the box would go if nothing were there: a drop point, or the original's place plus an offset. */
  near: Point;
  /** The boxes it must keep clear of, in the same coordinates. */
  obstacles: readonly Rect[];
  /** How far it keeps from each of them. */
  gap: number;
  /** The top left corner it may not go past (a site's header and padding); none at the top of the canvas. */
  min?: Point;
}

/**
 * The place nearest to `near` where a box of `size` overlaps none of the obstacles (keeping `gap` from each).
 * The nearest free place always has each of its edges on `near` or against an obstacle's edge (or `min`), so
 * only those places are tried, nearest first; past every obstacle's right side there is always room.
 */
export function freeSpot({ size, near, obstacles, gap, min }: FreeSpotArgs): Point {
  const lowX = min?.x ?? -Infinity;
  const lowY = min?.y ?? -Infinity;
  const start = { x: Math.max(lowX, near.x), y: Math.max(lowY, near.y) };
  const isFree = (x: number, y: number) => {
    const rect = { x, y, width: size.width, height: size.height };
    for (const obstacle of obstacles) if (overlaps(rect, obstacle, gap)) return false;
    return true;
  };
  if (isFree(start.x, start.y)) return start;
  const xs = new Set([start.x]);
  const ys = new Set([start.y]);
  for (const o of obstacles) {
    xs.add(o.x + o.width + gap);
    xs.add(o.x - gap - size.width);
    xs.add(o.x);
    ys.add(o.y + o.height + gap);
    ys.add(o.y - gap - size.height);
    ys.add(o.y);
  }
  const candidates: Array<{ x: number; y: number; distance: number }> = [];
  for (const x of xs) {
    if (x < lowX) continue;
    for (const y of ys) {
      if (y < lowY) continue;
      candidates.push({ x, y, distance: (x - start.x) ** 2 + (y - start.y) ** 2 });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.y - b.y || a.x - b.x);
  for (const { x, y } of candidates) if (isFree(x, y)) return { x, y };
  // Unreachable (the place right of every obstacle, at start.y, is a candidate and is free), but total.
  return { x: Math.max(start.x, ...obstacles.map((o) => o.x + o.width + gap)), y: start.y };
}
