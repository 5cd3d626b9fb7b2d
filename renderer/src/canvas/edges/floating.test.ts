import { describe, expect, it } from 'vitest';
import { borderPoint, floatingEndpoints } from './floating';

describe('floating edges', () => {
  const box = { x: 0, y: 0, width: 100, height: 50 };

  it('leaves a box through the side facing the other box', () => {
    expect(borderPoint(box, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(borderPoint(box, { x: 50, y: -400 })).toEqual({ x: 50, y: 0 });
    expect(borderPoint(box, { x: 50, y: 25 })).toEqual({ x: 50, y: 25 });
  });

  it('joins two boxes border to border', () => {
    expect(floatingEndpoints(box, { x: 300, y: 0, width: 100, height: 50 })).toEqual({
      sx: 100,
      sy: 25,
      tx: 300,
      ty: 25,
    });
  });
});
