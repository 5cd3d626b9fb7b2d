import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from './boxSizes';
import { boxesCrossed } from './polyline';
import { overlaps } from './rectangles';
import { routeAssociation } from './routeAssociation';

const label = { width: 84, height: 16 };
const box = (x: number, y: number, width = 388, height = 124): Rect => ({ x, y, width, height });

/** Boxes in a grid of cells, each somewhere in its cell, so any two keep at least `gap` apart. */
const gridOfBoxes = (gap: number) =>
  fc
    .array(
      fc.record({
        dx: fc.integer({ min: 0, max: 80 }),
        dy: fc.integer({ min: 0, max: 60 }),
        width: fc.integer({ min: 60, max: 300 }),
        height: fc.integer({ min: 40, max: 200 }),
        present: fc.boolean(),
      }),
      { minLength: 12, maxLength: 12 },
    )
    .map((cells) =>
      cells.flatMap((cell, i) => {
        if (!cell.present && i > 1) return [];
        const cellX = (i % 4) * (380 + gap);
        const cellY = Math.floor(i / 4) * (260 + gap);
        return [{ x: cellX + cell.dx, y: cellY + cell.dy, width: cell.width, height: cell.height }];
      }),
    );

describe('routeAssociation', () => {
  it('joins two boxes straight between the sides that face each other when nothing is in the way', () => {
    const route = routeAssociation({ from: box(24, 70), to: box(24, 260), obstacles: [box(436, 70)], label });
    expect(route.points).toEqual([
      { x: 218, y: 194 },
      { x: 218, y: 260 },
    ]);
  });

  it('goes round a box between two boxes in a column, with its label in a gap', () => {
    const from = box(24, 70, 388, 166);
    const middle = box(24, 260);
    const to = box(24, 408);
    const others = [box(436, 70), box(436, 260), box(436, 408)];
    const route = routeAssociation({ from, to, obstacles: [middle, ...others], label });
    expect(boxesCrossed(route.points, [middle, ...others])).toBe(0);
    expect(route.points[0]!.x).toBe(412);
    for (const other of [from, middle, to, ...others]) expect(overlaps(route.label, other)).toBe(false);
  });

  it('leads a line between boxes too close for its label out to where the label fits whole', () => {
    // 24 apart side by side: no 84-wide label fits between them, so the line goes over the top.
    const from = box(24, 70, 388, 166);
    const to = box(436, 70);
    const below = [box(24, 260), box(436, 260)];
    const route = routeAssociation({ from, to, obstacles: below, label });
    expect(route.label).toMatchObject(label);
    for (const other of [from, to, ...below]) expect(overlaps(route.label, other)).toBe(false);
    expect(boxesCrossed(route.points, below)).toBe(0);
    expect(Math.min(...route.points.map((p) => p.y))).toBe(58);
  });

  it('does not run under a label placed before it, and keeps its own label off that label', () => {
    const from = box(0, 0, 200, 60);
    const to = box(0, 400, 200, 60);
    // Another line's label, right where this line would run straight down.
    const taken = { x: 58, y: 222, width: 84, height: 16 };
    const route = routeAssociation({ from, to, obstacles: [], label, labels: [taken] });
    expect(boxesCrossed(route.points, [taken])).toBe(0);
    expect(overlaps(route.label, taken)).toBe(false);
  });

  it('keeps its label off the straight runs of lines drawn before', () => {
    const from = box(0, 0, 200, 60);
    const to = box(0, 400, 200, 60);
    const run = { x: 0, y: 229.5, width: 400, height: 1 };
    const route = routeAssociation({ from, to, obstacles: [], label, runs: [run] });
    expect(route.points).toEqual([
      { x: 100, y: 60 },
      { x: 100, y: 400 },
    ]);
    expect(overlaps(route.label, run)).toBe(false);
  });

  it('never crosses a third box, and finds its label a place off every box, among boxes kept 24 apart', () => {
    fc.assert(
      fc.property(gridOfBoxes(24), fc.nat(), fc.nat(), (boxes, i, j) => {
        const a = i % boxes.length;
        const b = j % boxes.length;
        fc.pre(a !== b);
        const others = boxes.filter((_, k) => k !== a && k !== b);
        const route = routeAssociation({ from: boxes[a]!, to: boxes[b]!, obstacles: others, label });
        expect(boxesCrossed(route.points, others)).toBe(0);
        for (const other of boxes) expect(overlaps(route.label, other)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('when every way is blocked, crosses as few boxes as it can and still draws a line and a label', () => {
    // The far box is walled in on every side, closer than any label or line could pass.
    const from = box(0, 0, 100, 100);
    const to = box(400, 400, 100, 100);
    const walls = [box(380, 380, 140, 10), box(380, 510, 140, 10), box(380, 390, 10, 120), box(510, 390, 10, 120)];
    const route = routeAssociation({ from, to, obstacles: walls, label });
    expect(boxesCrossed(route.points, walls)).toBe(1);
    expect(route.points.length).toBeGreaterThanOrEqual(2);
    expect(route.label).toMatchObject(label);
  });
});
