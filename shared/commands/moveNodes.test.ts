import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { moveNodes } from './moveNodes';

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 13);
  b.design.layout = { nodes: { [dallas]: { x: 0, y: 0, width: 800, height: 400 }, [pool]: { x: 24, y: 80 } } };
  return { design: b.design, dallas, pool };
}

describe('moveNodes', () => {
  it('moves nodes to whole-pixel positions and keeps their sizes', () => {
    const { design, dallas, pool } = estate();
    const next = moveNodes(design, {
      moves: [
        { id: dallas, x: 100.4, y: 50.6 },
        { id: pool, x: 40, y: 90 },
      ],
    });
    expect(next.layout?.nodes).toEqual({
      [dallas]: { x: 100, y: 51, width: 800, height: 400 },
      [pool]: { x: 40, y: 90 },
    });
    expect(design.layout?.nodes?.[dallas]).toEqual({ x: 0, y: 0, width: 800, height: 400 });
  });

  it('places a node that had no layout yet', () => {
    const { design, pool } = estate();
    const { [pool]: _placed, ...withoutPool } = design.layout!.nodes!;
    const next = moveNodes({ ...design, layout: { nodes: withoutPool } }, { moves: [{ id: pool, x: 8, y: 16 }] });
    expect(next.layout?.nodes?.[pool]).toEqual({ x: 8, y: 16 });
  });

  it('changes no finding, and no move changes nothing', () => {
    const { design, pool } = estate();
    const next = moveNodes(design, { moves: [{ id: pool, x: 500, y: 300 }] });
    expect(validate(next).findings).toEqual(validate(design).findings);
    expect(moveNodes(design, { moves: [] })).toBe(design);
  });
});
