import type { Rect } from './boxSizes';
import { polylineLength, segmentLength } from './polyline';
import { overlaps, type Point } from './rectangles';

export interface LabelPlace {
  rect: Rect;
  /** How much of the label lies on the boxes it should keep off (0: none). */
  overlap: number;
}

/** How far a label may keep from a box it is near: apart, not touching. */
const GAP = 2;
/** A label beside the line instead of on it counts as this much further from the middle. */
const BESIDE_COST = 24;
/** Along a slanted segment, label centres are tried this far apart. */
const STEP = 4;

const area = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Where a label of `size` goes on a path: the place nearest the path's middle where it keeps off every box in
 * `avoid`. Centred on the line first, then beside it; along each segment, the free stretches are worked out from
 * the boxes beside the segment, so a label finds the one gap between two boxes that holds it. When no place is
 * free, the one that covers the least of the boxes.
 */
export function placeLabel(
  points: readonly Point[],
  size: { width: number; height: number },
  avoid: readonly Rect[],
): LabelPlace {
  const half = polylineLength(points) / 2;
  const rectAt = (c: Point): Rect => ({ x: c.x - size.width / 2, y: c.y - size.height / 2, ...size });
  let best: { rect: Rect; cost: number } | undefined;
  let along = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = segmentLength(a, b);
    if (length === 0) continue;
    const u = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
    const reach = Math.abs(u.y) * (size.width / 2) + Math.abs(u.x) * (size.height / 2) + GAP;
    const wanted = Math.min(length, Math.max(0, half - along));
    for (const [side, extra] of [
      [0, 0],
      [1, BESIDE_COST],
      [-1, BESIDE_COST],
    ] as const) {
      const base = { x: a.x - u.y * reach * side, y: a.y + u.x * reach * side };
      const at = (s: number): Point => ({ x: base.x + u.x * s, y: base.y + u.y * s });
      const s =
        u.x === 0 || u.y === 0
          ? freeOnAxis(base, u, length, wanted, size, avoid)
          : freeBySteps(at, length, wanted, rectAt, avoid);
      if (s === undefined) continue;
      const cost = Math.abs(s - wanted) + Math.abs(along + wanted - half) + extra;
      if (!best || cost < best.cost) best = { rect: rectAt(at(s)), cost };
    }
    along += length;
  }
  if (best) return { rect: best.rect, overlap: 0 };
  return leastCovering(points, rectAt, avoid);
}

/**
 * The free centre nearest `wanted` on an axis-parallel segment: each box beside it rules out an open stretch of
 * centres, and the nearest free centre is `wanted` itself or an end of the merged stretch that holds it.
 */
function freeOnAxis(
  base: Point,
  u: Point,
  length: number,
  wanted: number,
  size: { width: number; height: number },
  avoid: readonly Rect[],
): number | undefined {
  const horizontal = u.y === 0;
  const along = horizontal ? size.width / 2 : size.height / 2;
  const across = horizontal ? size.height / 2 : size.width / 2;
  const fixed = horizontal ? base.y : base.x;
  const origin = horizontal ? base.x : base.y;
  const sign = horizontal ? u.x : u.y;
  const blocked: Array<[number, number]> = [];
  for (const box of avoid) {
    const [lo, hi, acrossLo, acrossHi] = horizontal
      ? [box.x, box.x + box.width, box.y, box.y + box.height]
      : [box.y, box.y + box.height, box.x, box.x + box.width];
    if (!(fixed - across < acrossHi + GAP && acrossLo < fixed + across + GAP)) continue;
    const s1 = (lo - GAP - along - origin) * sign;
    const s2 = (hi + GAP + along - origin) * sign;
    blocked.push(s1 < s2 ? [s1, s2] : [s2, s1]);
  }
  blocked.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [lo, hi] of blocked) {
    const last = merged[merged.length - 1];
    if (last && lo < last[1]) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  const holding = merged.find(([lo, hi]) => lo < wanted && wanted < hi);
  if (!holding) return wanted;
  // The stretches are open: a label whose centre is at either end just keeps its gap from the box.
  const before = holding[0] >= 0 ? holding[0] : undefined;
  const after = holding[1] <= length ? holding[1] : undefined;
  if (before === undefined) return after;
  if (after === undefined) return before;
  return wanted - before <= after - wanted ? before : after;
}

/** The free centre nearest `wanted` on a slanted segment, trying centres every few units outward. */
function freeBySteps(
  at: (s: number) => Point,
  length: number,
  wanted: number,
  rectAt: (c: Point) => Rect,
  avoid: readonly Rect[],
): number | undefined {
  const free = (s: number) => {
    const rect = rectAt(at(s));
    return !avoid.some((box) => overlaps(rect, box, GAP));
  };
  for (let step = 0; step * STEP <= length; step++) {
    for (const s of step === 0 ? [wanted] : [wanted - step * STEP, wanted + step * STEP])
      if (s >= 0 && s <= length && free(s)) return s;
  }
  return undefined;
}

/** When nothing is free: of centres every tenth of the way along each segment, the one covering least. */
function leastCovering(points: readonly Point[], rectAt: (c: Point) => Rect, avoid: readonly Rect[]): LabelPlace {
  let best: LabelPlace | undefined;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (let k = 0; k <= 10; k++) {
      const rect = rectAt({ x: a.x + ((b.x - a.x) * k) / 10, y: a.y + ((b.y - a.y) * k) / 10 });
      let overlap = 0;
      for (const box of avoid) overlap += area(rect, box);
      if (!best || overlap < best.overlap) best = { rect, overlap };
    }
  }
  return best ?? { rect: rectAt(points[0] ?? { x: 0, y: 0 }), overlap: 0 };
}
