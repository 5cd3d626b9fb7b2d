import { describe, expect, it } from 'vitest';
import { alignToNeighbours } from './alignment';

const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe('alignToNeighbours', () => {
  it("snaps a left edge to a neighbour's left edge and draws a vertical guide across both", () => {
    const result = alignToNeighbours(box(204, 300), [box(200, 100)]);
    expect(result).toMatchObject({ x: 200, y: 300 });
    expect(result.guides).toEqual([{ orientation: 'vertical', at: 200, from: 100, to: 350 }]);
  });

  it('snaps centres and bottoms, each axis to its nearest match', () => {
    // Centre x 255 against 250 (5 away); bottom 147 against 150 (3 away).
    const result = alignToNeighbours(box(205, 97), [box(200, 0, 100, 150), box(600, 100, 100, 50)]);
    expect(result.x).toBe(200);
    expect(result.y).toBe(100);
    expect(result.guides.map((guide) => guide.orientation).sort()).toEqual(['horizontal', 'vertical']);
  });

  it('leaves a box alone when nothing is within the threshold', () => {
    expect(alignToNeighbours(box(220, 320), [box(100, 100)])).toEqual({ x: 220, y: 320, guides: [] });
  });
});
