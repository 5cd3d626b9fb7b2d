import type { Rect } from './boxSizes';
import { centreLine } from './polyline';
import { centreOf, type Point } from './rectangles';

/** The path without repeated points and without points in the middle of a straight run. */
export function tidy(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && (last.x - before.x) * (p.y - last.y) === (last.y - before.y) * (p.x - last.x)) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * The short ways from one box to another a reader follows at a glance, the most direct first: straight between
 * the sides that face each other (or centre to centre when the boxes are diagonal to each other); one bend
 * (out of a side, into the other box's top or bottom); two bends in the middle of the gap between them; and the
 * brackets that go out of the same side of both boxes into the channel `channel` beyond them, which is the way
 * round a box between two boxes in a column, and leaves room for the label when the boxes sit close side by side.
 * Each starts on the border of `from` and ends on the border of `to`.
 */
export function routeCandidates(from: Rect, to: Rect, channel: number): Point[][] {
  const a = { ...centreOf(from), left: from.x, right: from.x + from.width, top: from.y, bottom: from.y + from.height };
  const b = { ...centreOf(to), left: to.x, right: to.x + to.width, top: to.y, bottom: to.y + to.height };
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const aboveOther = right > left && bottom <= top;
  const besideOther = bottom > top && right <= left;
  const toRight = b.left >= a.right;
  const below = b.top >= a.bottom;
  const routes: Point[][] = [];

  if (aboveOther) {
    const x = (left + right) / 2;
    routes.push(below ? [p(x, a.bottom), p(x, b.top)] : [p(x, a.top), p(x, b.bottom)]);
  } else if (besideOther) {
    const y = (top + bottom) / 2;
    routes.push(toRight ? [p(a.right, y), p(b.left, y)] : [p(a.left, y), p(b.right, y)]);
  } else {
    routes.push(centreLine(from, to));
    if (right <= left && bottom <= top) {
      // Diagonal to each other: one bend, out of a side and into the other box's top or bottom, or the reverse.
      const ax = toRight ? a.right : a.left;
      const by = below ? b.top : b.bottom;
      routes.push([p(ax, a.y), p(b.x, a.y), p(b.x, by)]);
      const ay = below ? a.bottom : a.top;
      const bx = toRight ? b.left : b.right;
      routes.push([p(a.x, ay), p(a.x, b.y), p(bx, b.y)]);
    }
  }
  if (right <= left && a.y !== b.y) {
    const x = (left + right) / 2;
    routes.push([p(toRight ? a.right : a.left, a.y), p(x, a.y), p(x, b.y), p(toRight ? b.left : b.right, b.y)]);
  }
  if (bottom <= top && a.x !== b.x) {
    const y = (top + bottom) / 2;
    routes.push([p(a.x, below ? a.bottom : a.top), p(a.x, y), p(b.x, y), p(b.x, below ? b.top : b.bottom)]);
  }
  for (let side = 0; side < 4; side++) routes.push(bracket(from, to, [], channel, side));
  return routes.map(tidy);
}

/**
 * The bracket out of the same side of both boxes (0 right, 1 bottom, 2 left, 3 top), into the channel `channel`
 * beyond both boxes and every box in `past`: the way round a row of boxes standing between the two.
 */
export function bracket(from: Rect, to: Rect, past: readonly Rect[], channel: number, side: number): Point[] {
  const a = centreOf(from);
  const b = centreOf(to);
  const horizontal = side === 0 || side === 2;
  const outward = side === 0 || side === 1 ? 1 : -1;
  // The channel: beyond the far side of everything, in the direction the bracket goes.
  const farOf = (r: Rect) => (horizontal ? (outward > 0 ? r.x + r.width : r.x) : outward > 0 ? r.y + r.height : r.y);
  let far = outward > 0 ? Math.max(farOf(from), farOf(to)) : Math.min(farOf(from), farOf(to));
  for (const box of past) far = outward > 0 ? Math.max(far, farOf(box)) : Math.min(far, farOf(box));
  far += outward * channel;
  const route = horizontal
    ? [p(farOf(from), a.y), p(far, a.y), p(far, b.y), p(farOf(to), b.y)]
    : [p(a.x, farOf(from)), p(a.x, far), p(b.x, far), p(b.x, farOf(to))];
  return tidy(route);
}

const p = (x: number, y: number): Point => ({ x, y });
