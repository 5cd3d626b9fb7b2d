import { describe, expect, it } from 'vitest';
import type { Rect } from './boxSizes';
import { pushAside } from './pushAside';
import { overlaps } from './rectangles';

const boxes = (entries: Record<string, Rect>) => new Map(Object.entries(entries));

describe('pushAside', () => {
  it('moves a box below a grown one down, to the gap past it, and nothing else', () => {
    const moved = pushAside(
      boxes({
        grown: { x: 0, y: 0, width: 300, height: 290 },
        below: { x: 0, y: 200, width: 300, height: 100 },
        beside: { x: 340, y: 0, width: 300, height: 100 },
      }),
      new Set(['grown']),
      24,
    );
    expect(moved).toEqual(new Map([['below', { x: 0, y: 314 }]]));
  });

  it('moves a box a dropped one overlaps at its left edge to the right', () => {
    const moved = pushAside(
      boxes({ dropped: { x: 0, y: 0, width: 300, height: 150 }, edge: { x: 250, y: 20, width: 300, height: 150 } }),
      new Set(['dropped']),
      24,
    );
    expect(moved.get('edge')).toEqual({ x: 324, y: 20 });
  });

  it('pushes on down a column, each box clear of the one before', () => {
    const column = boxes({
      grown: { x: 0, y: 0, width: 100, height: 250 },
      a: { x: 0, y: 120, width: 100, height: 100 },
      b: { x: 0, y: 240, width: 100, height: 100 },
      c: { x: 0, y: 360, width: 100, height: 100 },
    });
    const moved = pushAside(column, new Set(['grown']), 20);
    const after = new Map([...column].map(([id, rect]) => [id, { ...rect, ...moved.get(id) }]));
    const all = [...after.values()];
    for (const a of all) for (const b of all) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(after.get('c')!.y).toBeGreaterThan(after.get('b')!.y);
  });

  it('leaves alone boxes that overlapped each other away from the fixed one', () => {
    const moved = pushAside(
      boxes({
        fixed: { x: 0, y: 0, width: 100, height: 100 },
        p: { x: 500, y: 0, width: 100, height: 100 },
        q: { x: 550, y: 50, width: 100, height: 100 },
      }),
      new Set(['fixed']),
      20,
    );
    expect(moved.size).toBe(0);
  });
});
