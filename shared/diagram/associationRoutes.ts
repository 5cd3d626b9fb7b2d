import type { Rect } from '../geometry/boxSizes';
import { overlaps, type Point } from '../geometry/rectangles';
import { type AssociationRoute, routeAssociation } from '../geometry/routeAssociation';
import type { AssociationKind } from '../model/association';
import { associationLabelSize } from './associationLabel';

/** A box as routing sees it: where it is and what it is in. */
export interface RoutableBox extends Rect {
  id: string;
  parentId?: string;
}

/** The boxes `id` is in, innermost first. */
function containersOf(id: string, parentOf: (id: string) => string | undefined): string[] {
  const out: string[] = [];
  for (let at = parentOf(id); at !== undefined && !out.includes(at); at = parentOf(at)) out.push(at);
  return out;
}

/**
 * The boxes a line between `from` and `to` goes round: everything beside the two boxes in the boxes that hold
 * them, and every other top-level box (a site, standing for all it holds). Never the two boxes, what holds them
 * (the line runs inside those) or what they hold (a pool's servers). `boxes` may hold more than these (the
 * canvas passes every node, with `rectOf` to read its box); the ones that count are picked here.
 */
export function obstaclesFor<T extends { id: string; parentId?: string }>(
  from: string,
  to: string,
  parentOf: (id: string) => string | undefined,
  boxes: Iterable<T>,
  rectOf: (box: T) => Rect,
): Rect[] {
  const containers = new Set([...containersOf(from, parentOf), ...containersOf(to, parentOf)]);
  const obstacles: Rect[] = [];
  for (const box of boxes) {
    if (box.id === from || box.id === to || containers.has(box.id)) continue;
    if (box.parentId === undefined || containers.has(box.parentId)) obstacles.push(rectOf(box));
  }
  return obstacles;
}

const asRect = (box: RoutableBox): Rect => box;
const rectKey = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`;

/**
 * Routes already worked out, by everything a route depends on: the two ends, the label, the boxes round them and
 * the labels placed before. A diagram is drawn again on every keystroke in a field, most often with every box
 * where it was; its lines are then looked up, not routed again. Bounded: cleared when it holds more than this.
 */
const routes = new Map<string, AssociationRoute>();
const ROUTES_KEPT = 4096;
/**
 * Layouts seen lately (the top-level boxes, or what one container holds), numbered, never twice, so a route's key
 * names each in a few characters and a container's layout is written out once per diagram, not once per line.
 */
const layouts = new Map<string, number>();
let nextLayout = 0;
function layoutNumber(boxes: readonly RoutableBox[]): number {
  const layout = boxes.map((box) => `${box.id}:${rectKey(box)}`).join(' ');
  let number = layouts.get(layout);
  if (number === undefined) {
    if (layouts.size >= 1024) layouts.clear();
    number = nextLayout++;
    layouts.set(layout, number);
  }
  return number;
}

/**
 * Routes the association lines of one diagram, one after another: each line goes round the boxes it does not
 * join and the labels placed before it, and its label keeps off those boxes, labels and lines.
 */
export function associationRouter(boxes: readonly RoutableBox[]) {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const childrenOf = new Map<string | undefined, RoutableBox[]>();
  for (const box of boxes) {
    const siblings = childrenOf.get(box.parentId);
    if (siblings) siblings.push(box);
    else childrenOf.set(box.parentId, [box]);
  }
  const parentOf = (id: string) => byId.get(id)?.parentId;
  const top = layoutNumber(childrenOf.get(undefined) ?? []);
  const insideLayouts = new Map<string, number>();
  const insideLayout = (id: string) => {
    let number = insideLayouts.get(id);
    if (number === undefined) {
      number = layoutNumber(childrenOf.get(id) ?? []);
      insideLayouts.set(id, number);
    }
    return number;
  };
  const placed: Rect[] = [];
  const runs: Rect[] = [];
  return (source: string, target: string, kind: AssociationKind): AssociationRoute | undefined => {
    const from = byId.get(source);
    const to = byId.get(target);
    if (!from || !to) return undefined;
    // Only the top level and the insides of the two ends' containers can hold an obstacle.
    const containers = [...new Set([...containersOf(source, parentOf), ...containersOf(target, parentOf)])];
    const label = associationLabelSize(kind);
    const reach = inflateUnion(from, to, label.width + 4 * label.height);
    const labels = placed.filter((rect) => overlaps(rect, reach));
    const nearRuns = runs.filter((rect) => overlaps(rect, reach));
    const key = `${top}|${source}>${target}:${rectKey(from)}:${rectKey(to)}|${label.width}|${containers.map((id) => `${id}=${insideLayout(id)}`).join(',')}|${labels.map(rectKey).join(' ')}|${nearRuns.map(rectKey).join(' ')}`;
    let route = routes.get(key);
    if (!route) {
      route = routeAssociation({
        from,
        to,
        obstacles: obstaclesFor(
          source,
          target,
          parentOf,
          [...(childrenOf.get(undefined) ?? []), ...containers.flatMap((id) => childrenOf.get(id) ?? [])],
          asRect,
        ),
        label,
        labels,
        runs: nearRuns,
      });
      if (routes.size >= ROUTES_KEPT) routes.clear();
      routes.set(key, route);
    }
    placed.push(route.label);
    runs.push(...straightRuns(route.points));
    return route;
  };
}

/** The axis-parallel segments of a path, as boxes one unit thick that a label keeps off. */
function straightRuns(points: readonly Point[]): Rect[] {
  const out: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.x === b.x) out.push({ x: a.x - 0.5, y: Math.min(a.y, b.y), width: 1, height: Math.abs(b.y - a.y) });
    else if (a.y === b.y) out.push({ x: Math.min(a.x, b.x), y: a.y - 0.5, width: Math.abs(b.x - a.x), height: 1 });
  }
  return out;
}

/** The rectangle round two boxes, grown by `by` on every side. */
function inflateUnion(a: Rect, b: Rect, by: number): Rect {
  const left = Math.min(a.x, b.x) - by;
  const top = Math.min(a.y, b.y) - by;
  return {
    x: left,
    y: top,
    width: Math.max(a.x + a.width, b.x + b.width) + by - left,
    height: Math.max(a.y + a.height, b.y + b.height) + by - top,
  };
}
