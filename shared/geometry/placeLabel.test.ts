import { describe, expect, it } from 'vitest';
import { placeLabel } from './placeLabel';
import { overlaps } from './rectangles';

const size = { width: 60, height: 16 };

describe('placeLabel', () => {
  it('centres the label on the middle of the line when nothing is there', () => {
    const place = placeLabel(
      [
        { x: 0, y: 0 },
        { x: 200, y: 0 },
      ],
      size,
      [],
    );
    expect(place).toEqual({ rect: { x: 70, y: -8, ...size }, overlap: 0 });
  });

  it('slides along the line to the one gap between two boxes that holds it', () => {
    // A vertical line past three boxes stacked 24 apart: the label (16 tall) fits in either gap; the nearer wins.
    const boxes = [
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 0, y: 124, width: 100, height: 100 },
      { x: 0, y: 248, width: 100, height: 100 },
    ];
    const points = [
      { x: 50, y: -50 },
      { x: 50, y: 398 },
    ];
    const place = placeLabel(points, size, boxes);
    expect(place.overlap).toBe(0);
    for (const box of boxes) expect(overlaps(place.rect, box)).toBe(false);
    expect(place.rect.y + size.height / 2).toBeGreaterThan(100);
    expect(place.rect.y + size.height / 2).toBeLessThan(248);
  });

  it('goes beside the line when on it there is no room', () => {
    // A horizontal line along a box's top edge: on the line the label covers the box; just above it, it does not.
    const box = { x: -20, y: 0, width: 240, height: 100 };
    const place = placeLabel(
      [
        { x: 0, y: 0 },
        { x: 200, y: 0 },
      ],
      size,
      [box],
    );
    expect(place.overlap).toBe(0);
    expect(place.rect.y + size.height).toBeLessThanOrEqual(box.y);
  });

  it('covers as little as it can when no place is free', () => {
    const wall = { x: -500, y: -500, width: 1000, height: 1000 };
    const place = placeLabel(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      size,
      [wall],
    );
    expect(place.overlap).toBe(size.width * size.height);
    expect(place.rect).toMatchObject(size);
  });
});
