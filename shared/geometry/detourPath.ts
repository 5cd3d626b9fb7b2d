import type { Rect } from './boxSizes';
import { clipToBoxes, segmentLength } from './polyline';
import { centreOf, inflate, type Point, segmentCrosses } from './rectangles';

const strictlyInside = (rect: Rect, p: Point): boolean =>
  p.x > rect.x && p.x < rect.x + rect.width && p.y > rect.y && p.y < rect.y + rect.height;

/**
 * The shortest path from `from` to `to` that keeps `clearance` away from every obstacle, or undefined when there
 * is none. The shortest way round rectangles bends only at their corners, so the search runs over the corners of
 * the obstacles grown by the clearance (A* from centre to centre, each corner's straight neighbours found as it is
 * reached), and the path is cut where it leaves `from` and enters `to`. A few obstacles, so a few dozen corners.
 */
export function detourPath(from: Rect, to: Rect, obstacles: readonly Rect[], clearance: number): Point[] | undefined {
  const walls = obstacles.map((obstacle) => inflate(obstacle, clearance));
  const goal = centreOf(to);
  const nodes: Point[] = [centreOf(from), goal];
  for (const wall of walls)
    for (const corner of [
      { x: wall.x, y: wall.y },
      { x: wall.x + wall.width, y: wall.y },
      { x: wall.x, y: wall.y + wall.height },
      { x: wall.x + wall.width, y: wall.y + wall.height },
    ])
      if (!walls.some((other) => strictlyInside(other, corner))) nodes.push(corner);
  const open = (a: Point, b: Point) => !walls.some((wall) => segmentCrosses(a, b, wall));

  const count = nodes.length;
  const cost = new Float64Array(count).fill(Infinity);
  const guess = new Float64Array(count).fill(Infinity);
  const previous = new Int32Array(count).fill(-1);
  const closed = new Uint8Array(count);
  cost[0] = 0;
  guess[0] = segmentLength(nodes[0]!, goal);
  for (;;) {
    let current = -1;
    for (let i = 0; i < count; i++)
      if (!closed[i] && guess[i]! < Infinity && (current < 0 || guess[i]! < guess[current]!)) current = i;
    if (current < 0) return undefined;
    if (current === 1) break;
    closed[current] = 1;
    const here = nodes[current]!;
    for (let next = 1; next < count; next++) {
      if (closed[next]) continue;
      const there = nodes[next]!;
      const through = cost[current]! + segmentLength(here, there);
      if (through >= cost[next]! || !open(here, there)) continue;
      cost[next] = through;
      guess[next] = through + segmentLength(there, goal);
      previous[next] = current;
    }
  }
  const path: Point[] = [];
  for (let at = 1; at >= 0; at = previous[at]!) path.unshift(nodes[at]!);
  return clipToBoxes(path, from, to);
}
