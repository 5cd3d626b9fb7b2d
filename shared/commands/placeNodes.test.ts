import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { placeNodes } from './placeNodes';

describe('placeNodes', () => {
  it('places every node of a layout at once, with its size where one is given', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const austin = b.site('Austin', 'branch', dallas);
    const pool = b.frontEnd(dallas, 2);
    b.design.layout = { nodes: { [pool]: { x: 0, y: 0 } } };
    const next = placeNodes(b.design, {
      places: {
        [dallas]: { x: 0.4, y: 0, width: 1259.7, height: 640 },
        [austin]: { x: 1500, y: 0, width: 480, height: 300 },
      },
    });
    expect(next.layout?.nodes).toEqual({
      [pool]: { x: 0, y: 0 },
      [dallas]: { x: 0, y: 0, width: 1260, height: 640 },
      [austin]: { x: 1500, y: 0, width: 480, height: 300 },
    });
  });

  it('replaces a stored size when none is given, and placing nothing changes nothing', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.design.layout = { nodes: { [dallas]: { x: 0, y: 0, width: 800, height: 400 } } };
    expect(placeNodes(b.design, { places: { [dallas]: { x: 24, y: 24 } } }).layout?.nodes).toEqual({
      [dallas]: { x: 24, y: 24 },
    });
    expect(placeNodes(b.design, { places: {} })).toBe(b.design);
  });
});
