import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { resizeNode } from './resizeNode';

describe('resizeNode', () => {
  it('resizes a site to whole pixels and keeps where it is', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    b.design.layout = { nodes: { [dallas]: { x: 120, y: 40, width: 600, height: 300 } } };
    const next = resizeNode(b.design, { id: dallas, width: 900.6, height: 480.2 });
    expect(next.layout?.nodes?.[dallas]).toEqual({ x: 120, y: 40, width: 901, height: 480 });
    expect(b.design.layout.nodes?.[dallas]).toEqual({ x: 120, y: 40, width: 600, height: 300 });
  });

  it('gives a site without a stored layout its size at the origin', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    expect(resizeNode(b.design, { id: dallas, width: 640, height: 320 }).layout?.nodes).toEqual({
      [dallas]: { x: 0, y: 0, width: 640, height: 320 },
    });
  });
});
