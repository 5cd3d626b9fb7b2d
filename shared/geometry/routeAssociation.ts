import { type Rect, SITE } from './boxSizes';
import { detourPath } from './detourPath';
import { type LabelPlace, placeLabel } from './placeLabel';
import { boxesCrossed, polylineLength } from './polyline';
import { centreOf, inflate, overlaps, type Point, segmentCrosses } from './rectangles';
import { bracket, routeCandidates } from './routeCandidates';

export interface AssociationRoute {
  /** The line, from the border of one box to the border of the other. */
  points: Point[];
  /** Where its label is drawn, whole. */
  label: Rect;
}

export interface RouteArgs {
  from: Rect;
  to: Rect;
  /** The boxes the line goes round: not its ends, not what holds them. */
  obstacles: readonly Rect[];
  /** The size of the label's box. */
  label: { width: number; height: number };
  /** Labels of lines drawn before: this line does not run under them, and its label keeps off them. */
  labels?: readonly Rect[];
  /** The straight runs of lines drawn before, as boxes one unit thick: this label keeps off them. */
  runs?: readonly Rect[];
  /**
   * Only the simple routes, and when none is clear the most direct with its label on it: for the canvas while a
   * box is dragged, where a frame has no time for more. The drop routes the line in full.
   */
  quick?: boolean;
}

/** Routes keep to the middle of the gap boxes keep between them (a site's padding). */
const CHANNEL = SITE.padding / 2;
/** A line passing closer than this to a box reads as touching it. */
const GRAZE = 4;
/** A bend costs as much as this much more line: of two routes about as long, the straighter wins. */
const BEND = 24;

interface Tried {
  points: Point[];
  crossed: number;
  cost: number;
  /** The boxes and labels its label keeps off. */
  avoid: readonly Rect[];
  place?: LabelPlace;
}

const costOf = (points: readonly Point[]) => polylineLength(points) + BEND * (points.length - 2);

/**
 * How an association line runs between two boxes, and where its label goes: the most direct of a few simple
 * routes (straight between the facing sides, one or two bends, a bracket out of the same side of both) that
 * crosses no other box and has a place for its whole label off every box; failing those, the shortest way round
 * the boxes in the way. When every route crosses a box or covers one with its label, the one that does least.
 * Pure, and the one routing for the canvas, print and image export, so a line is where it is everywhere.
 */
export function routeAssociation({
  from,
  to,
  obstacles,
  label,
  labels = [],
  runs = [],
  quick = false,
}: RouteArgs): AssociationRoute {
  // Simple routes stay within a channel of the two boxes, and a label within its own size of its line: only the
  // boxes in that reach can be crossed or covered, which on a large estate is a handful out of hundreds.
  const reach = inflate(unionOf(from, to), CHANNEL + GRAZE + label.width + label.height);
  const nearLabels = labels.filter((rect) => overlaps(rect, reach));
  // A line under another's label is hidden there and seems to be the one it names: labels are in its way too.
  const local = [...obstacles.filter((obstacle) => overlaps(obstacle, reach)), ...nearLabels];
  const ends = [from, to];
  const localAvoid = [...local, ...ends, ...runs.filter((rect) => overlaps(rect, reach))];
  const tried: Tried[] = [];
  /** The route with its label, if it crosses nothing and its label finds a free place; else undefined. */
  const accept = (points: Point[], walls: readonly Rect[], avoid: readonly Rect[]) => {
    const entry: Tried = {
      points,
      cost: costOf(points),
      crossed: boxesCrossed(points, walls, GRAZE) + boxesCrossed(points, ends),
      avoid,
    };
    tried.push(entry);
    if (entry.crossed > 0) return undefined;
    entry.place = placeLabel(points, label, nearby(avoid, points, label));
    return entry.place.overlap === 0 ? { points, label: entry.place.rect } : undefined;
  };

  const simple = routeCandidates(from, to, CHANNEL).sort((a, b) => costOf(a) - costOf(b));
  for (const points of simple) {
    const found = accept(points, local, localAvoid);
    if (found) return found;
  }
  if (quick) {
    const least = [...tried].sort((a, b) => a.crossed - b.crossed || a.cost - b.cost)[0]!;
    return { points: least.points, label: (least.place ?? placeLabel(least.points, label, [])).rect };
  }
  // Past the boxes in the way: brackets beyond the boxes the straight line meets (and those each bracket then meets).
  const walls = [...obstacles, ...labels];
  const avoid = [...walls, ...ends, ...runs];
  const blockers = local.filter((obstacle) => boxesCrossed(simple[0]!, [obstacle], GRAZE) > 0);
  if (blockers.length > 0) {
    const wide: Point[][] = [];
    for (let side = 0; side < 4; side++) {
      const past = new Set(blockers);
      for (let round = 0; round < 4; round++) {
        const route = bracket(from, to, [...past], CHANNEL, side);
        const more = walls.filter((wall) => !past.has(wall) && boxesCrossed(route, [wall], GRAZE) > 0);
        if (more.length === 0) {
          wide.push(route);
          break;
        }
        for (const obstacle of more) past.add(obstacle);
      }
    }
    for (const points of wide.sort((a, b) => costOf(a) - costOf(b))) {
      const found = accept(points, walls, avoid);
      if (found) return found;
    }
  }
  const around = detourAround(from, to, walls);
  if (around) {
    const found = accept(around, walls, avoid);
    if (found) return found;
  }
  // Nothing is clear: of the routes crossing the fewest boxes, the one whose label covers least, then the shortest.
  const fewest = Math.min(...tried.map((entry) => entry.crossed));
  const best = tried.filter((entry) => entry.crossed === fewest);
  for (const entry of best) entry.place ??= placeLabel(entry.points, label, nearby(entry.avoid, entry.points, label));
  best.sort((a, b) => a.place!.overlap - b.place!.overlap || a.cost - b.cost);
  return { points: best[0]!.points, label: best[0]!.place!.rect };
}

function unionOf(a: Rect, b: Rect): Rect {
  const left = Math.min(a.x, b.x);
  const top = Math.min(a.y, b.y);
  return {
    x: left,
    y: top,
    width: Math.max(a.x + a.width, b.x + b.width) - left,
    height: Math.max(a.y + a.height, b.y + b.height) - top,
  };
}

/** The boxes a label on this path could touch: a label never lies further from its line than its own size. */
function nearby(boxes: readonly Rect[], points: readonly Point[], label: { width: number; height: number }): Rect[] {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const p of points) {
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
    right = Math.max(right, p.x);
    bottom = Math.max(bottom, p.y);
  }
  const reach = label.width + label.height;
  const area = { x: left - reach, y: top - reach, width: right - left + 2 * reach, height: bottom - top + 2 * reach };
  return boxes.filter((box) => overlaps(box, area));
}

/**
 * The shortest path round the obstacles. The search starts with the obstacles near the straight line between the
 * two boxes (few, so it is quick) and runs again with any further one its path turned out to cross. Keeps the
 * channel's clearance where it can, less where boxes stand closer than that.
 */
function detourAround(from: Rect, to: Rect, obstacles: readonly Rect[]): Point[] | undefined {
  const a = centreOf(from);
  const b = centreOf(to);
  let near = obstacles.filter((obstacle) => segmentCrosses(a, b, obstacle, 4 * CHANNEL));
  for (let round = 0; round < 8; round++) {
    const path = detourPath(from, to, near, CHANNEL) ?? detourPath(from, to, near, GRAZE);
    if (!path) return undefined;
    const missed = obstacles.filter(
      (obstacle) => !near.includes(obstacle) && boxesCrossed(path, [obstacle], GRAZE) > 0,
    );
    if (missed.length === 0) return path;
    near = [...near, ...missed];
  }
  return undefined;
}
