import { describe, expect, it } from 'vitest';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { validate } from '../../../shared/validate';
import { deriveFlow } from '../canvas/deriveFlow';
import { diagramOf, diagramWithin } from './diagramModel';

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 2);
  const austin = b.site('Austin', 'branch', dallas);
  const group = b.users(austin, pool, 100);
  const link = b.link(dallas, austin, 2048);
  const design = moveNodes(b.design, {
    moves: [
      { id: dallas, x: 0, y: 0 },
      { id: austin, x: 3000, y: 0 },
      { id: pool, x: 40, y: 80 },
    ],
  });
  return {
    design,
    dallas,
    pool,
    austin,
    group,
    link,
    flow: deriveFlow(design, validate(design), new Map(), new Set()),
  };
}

describe('diagramOf', () => {
  it('places nested nodes absolutely and bounds everything with a margin', () => {
    const { flow, pool, dallas } = estate();
    const diagram = diagramOf(flow);
    const box = diagram.boxes.find((b) => b.id === pool)!;
    expect([box.x, box.y]).toEqual([40, 80]);
    const server = diagram.boxes.find((b) => b.node.type === 'server')!;
    expect(server.x).toBeGreaterThan(40);
    expect(diagram.bounds.x).toBe(-24);
    expect(diagram.boxes.some((b) => b.id === dallas)).toBe(true);
  });

  it('keeps only the selection and what it holds, and the edges whose ends are both kept', () => {
    const { flow, austin, group, link } = estate();
    const diagram = diagramOf(flow, new Set([austin]));
    expect(diagram.boxes.map((b) => b.id).sort()).toEqual([austin, group].sort());
    expect(diagram.edges.map((e) => e.id)).not.toContain(link);
    expect(diagramOf(flow, new Set()).boxes).toEqual([]);
  });

  it('gives a page only what reaches into it, but keeps a link that crosses it', () => {
    const { flow, dallas, austin, link } = estate();
    const diagram = diagramOf(flow);
    const middle = diagramWithin(diagram, { x: 1500, y: 0, width: 500, height: 100 });
    expect(middle.edges.map((e) => e.id)).toEqual([link]);
    expect(middle.boxes.map((b) => b.id).sort()).toEqual([austin, dallas].sort());
    const below = diagramWithin(diagram, { x: 0, y: 2000, width: 4000, height: 500 });
    expect(below).toMatchObject({ boxes: [], edges: [] });
  });
});
