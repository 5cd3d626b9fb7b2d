import { describe, expect, it } from 'vitest';
import { detourPath } from './detourPath';
import { boxesCrossed, polylineLength } from './polyline';

describe('detourPath', () => {
  const from = { x: 0, y: 0, width: 100, height: 60 };
  const to = { x: 400, y: 0, width: 100, height: 60 };

  it('goes round a box in the way by its nearer corners, keeping the clearance, from border to border', () => {
    const wall = { x: 200, y: -20, width: 60, height: 140 };
    const path = detourPath(from, to, [wall], 12)!;
    expect(boxesCrossed(path, [wall])).toBe(0);
    expect(path[0]!.x).toBe(100);
    expect(path[path.length - 1]!.x).toBe(400);
    // Over the top (the wall reaches 20 above the boxes and 60 below them), 12 clear of it.
    expect(Math.min(...path.map((p) => p.y))).toBe(-32);
    expect(polylineLength(path)).toBeLessThan(400);
  });

  it('finds the way through a gap between boxes, or round all of them', () => {
    const upper = { x: 200, y: -300, width: 60, height: 310 };
    const lower = { x: 200, y: 50, width: 60, height: 300 };
    const through = detourPath(from, to, [upper, lower], 12)!;
    expect(boxesCrossed(through, [upper, lower])).toBe(0);
    expect(Math.max(...through.map((p) => p.y))).toBeLessThan(50);
  });

  it('says so when there is no way round', () => {
    const ring = [
      { x: 350, y: -50, width: 200, height: 20 },
      { x: 350, y: 90, width: 200, height: 20 },
      { x: 350, y: -50, width: 20, height: 160 },
      { x: 530, y: -50, width: 20, height: 160 },
    ];
    expect(detourPath(from, to, ring, 12)).toBeUndefined();
  });
});
