import { describe, expect, it } from 'vitest';
import { overlaps, segmentCrosses } from './rectangles';

describe('rectangles', () => {
  const box = { x: 0, y: 0, width: 100, height: 50 };

  it('overlap when they share an inside, not an edge; a gap makes near ones overlap', () => {
    expect(overlaps(box, { x: 50, y: 25, width: 100, height: 50 })).toBe(true);
    expect(overlaps(box, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(box, { x: 110, y: 0, width: 10, height: 10 }, 16)).toBe(true);
  });

  it('a segment crosses a box through its inside, not along its border or past it', () => {
    expect(segmentCrosses({ x: -10, y: 25 }, { x: 200, y: 25 }, box)).toBe(true);
    expect(segmentCrosses({ x: 50, y: -10 }, { x: 50, y: 20 }, box)).toBe(true);
    expect(segmentCrosses({ x: -10, y: 0 }, { x: 200, y: 0 }, box)).toBe(false);
    expect(segmentCrosses({ x: -10, y: 60 }, { x: 200, y: 60 }, box)).toBe(false);
    expect(segmentCrosses({ x: 100, y: 25 }, { x: 300, y: 25 }, box)).toBe(false);
  });
});
