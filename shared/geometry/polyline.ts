import type { Rect } from './boxSizes';
import { centreOf, type Point, segmentCrosses } from './rectangles';

export const segmentLength = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y);

export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += segmentLength(points[i - 1]!, points[i]!);
  return total;
}

const strictlyInside = (rect: Rect, p: Point): boolean =>
  p.x > rect.x && p.x < rect.x + rect.width && p.y > rect.y && p.y < rect.y + rect.height;

/** Where the segment from `inside` (in the rectangle) to `outside` (not in it) crosses the rectangle's border. */
function exitPoint(inside: Point, outside: Point, rect: Rect): Point {
  const dx = outside.x - inside.x;
  const dy = outside.y - inside.y;
  let leave = 1;
  if (dx > 0) leave = Math.min(leave, (rect.x + rect.width - inside.x) / dx);
  if (dx < 0) leave = Math.min(leave, (rect.x - inside.x) / dx);
  if (dy > 0) leave = Math.min(leave, (rect.y + rect.height - inside.y) / dy);
  if (dy < 0) leave = Math.min(leave, (rect.y - inside.y) / dy);
  return { x: inside.x + dx * leave, y: inside.y + dy * leave };
}

/**
 * A path found between the centres of two boxes, cut to start where it leaves `from` and end where it enters
 * `to`: the part a reader sees between the boxes. Undefined when nothing of it lies outside them.
 */
export function clipToBoxes(points: readonly Point[], from: Rect, to: Rect): Point[] | undefined {
  let first = 0;
  while (first < points.length - 1 && strictlyInside(from, points[first + 1]!)) first++;
  let last = points.length - 1;
  while (last > first + 1 && strictlyInside(to, points[last - 1]!)) last--;
  if (last <= first) return undefined;
  const start = strictlyInside(from, points[first]!)
    ? exitPoint(points[first]!, points[first + 1]!, from)
    : points[first]!;
  const end = strictlyInside(to, points[last]!) ? exitPoint(points[last]!, points[last - 1]!, to) : points[last]!;
  const clipped = [start, ...points.slice(first + 1, last), end];
  return polylineLength(clipped) > 0 ? clipped : undefined;
}

/**
 * How many of the rectangles (each grown by `grow`) some segment of the path passes through; running along a
 * border is not passing through.
 */
export function boxesCrossed(points: readonly Point[], rects: readonly Rect[], grow = 0): number {
  let crossed = 0;
  for (const rect of rects)
    for (let i = 1; i < points.length; i++)
      if (segmentCrosses(points[i - 1]!, points[i]!, rect, grow)) {
        crossed++;
        break;
      }
  return crossed;
}

/** The line from one box's centre toward the other's, cut at both borders (the canvas's floating edges). */
export function centreLine(from: Rect, to: Rect): Point[] {
  return clipToBoxes([centreOf(from), centreOf(to)], from, to) ?? [centreOf(from), centreOf(to)];
}
