import type { Rect } from './boxSizes';
import { overlaps, type Point } from './rectangles';

/**
 * Where the boxes must go so that none overlaps the `fixed` ones (a box that grew, or was just dropped where the
 * planner wanted it): each box in the way moves right or down, whichever is the shorter way out, to `gap` past
 * the box that pushed it, and pushes in turn what it then lands on. Boxes only ever move right or down, so a push
 * never runs back into where it came from and the result is the same for the same boxes. Boxes not in the way
 * do not move; boxes that overlapped each other before, away from the fixed ones, are left as they were.
 * Returns the new top left corner of every box that moved.
 */
export function pushAside(
  boxes: ReadonlyMap<string, Rect>,
  fixed: ReadonlySet<string>,
  gap: number,
): Map<string, Point> {
  const current = new Map([...boxes].map(([id, rect]) => [id, { ...rect }]));
  // Who may push whom: the fixed boxes first, then each box in the order it was first pushed. A box is pushed only
  // by one earlier in this order, so two boxes never push each other back and forth.
  const order = [...fixed].filter((id) => current.has(id));
  const rank = new Map(order.map((id, index) => [id, index]));
  const moved = new Map<string, Point>();
  // Each round moves boxes only right or down; a few rounds per box is far more than any real layout needs.
  const limit = 4 * current.size + 8;
  for (let round = 0, again = true; again && round < limit; round++) {
    again = false;
    for (let i = 0; i < order.length; i++) {
      const pusher = current.get(order[i]!)!;
      for (const [id, box] of current) {
        if (fixed.has(id) || id === order[i]) continue;
        const r = rank.get(id);
        if (r !== undefined && r <= i) continue;
        if (!overlaps(pusher, box)) continue;
        const right = pusher.x + pusher.width + gap - box.x;
        const down = pusher.y + pusher.height + gap - box.y;
        if (down <= right) box.y += down;
        else box.x += right;
        moved.set(id, { x: box.x, y: box.y });
        if (r === undefined) {
          rank.set(id, order.length);
          order.push(id);
        }
        again = true;
      }
    }
  }
  return moved;
}
