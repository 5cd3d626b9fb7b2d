import { describe, expect, it } from 'vitest';
import { freeSpot } from './freeSpot';
import { overlaps } from './rectangles';

describe('freeSpot', () => {
  const size = { width: 100, height: 50 };

  it('keeps the place asked for when it is free', () => {
    expect(freeSpot({ size, near: { x: 10, y: 20 }, obstacles: [], gap: 16 })).toEqual({ x: 10, y: 20 });
  });

  it('moves a box dropped on another to the nearest side with room, keeping the gap', () => {
    const obstacle = { x: 0, y: 0, width: 400, height: 60 };
    // Dropped near the bottom of a wide box: below it is nearer than either end.
    expect(freeSpot({ size, near: { x: 150, y: 30 }, obstacles: [obstacle], gap: 16 })).toEqual({ x: 150, y: 76 });
    // Near its right end: to the right is nearer.
    expect(freeSpot({ size, near: { x: 380, y: 0 }, obstacles: [obstacle], gap: 16 })).toEqual({ x: 416, y: 0 });
  });

  it('never goes past the top left corner it is given', () => {
    const obstacle = { x: 24, y: 70, width: 388, height: 130 };
    const spot = freeSpot({ size, near: { x: 30, y: 72 }, obstacles: [obstacle], gap: 24, min: { x: 24, y: 70 } });
    expect(spot.x).toBeGreaterThanOrEqual(24);
    expect(spot.y).toBeGreaterThanOrEqual(70);
    expect(overlaps({ ...spot, ...size }, obstacle, 24)).toBe(false);
  });

  it('finds a hole among many boxes, or room past them all', () => {
    const grid = [0, 1, 2].flatMap((row) =>
      [0, 1, 2].map((column) => ({ x: column * 150, y: row * 100, width: 120, height: 80 })),
    );
    const spot = freeSpot({ size, near: { x: 160, y: 110 }, obstacles: grid, gap: 10 });
    for (const box of grid) expect(overlaps({ ...spot, ...size }, box, 10)).toBe(false);
  });
});
