import { describe, expect, it } from 'vitest';
import { moveNodes } from '../commands/moveNodes';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { designDiagram } from './designDiagram';
import { boundsOf, diagramOfSelection, diagramWithin } from './diagramParts';

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
  return { design, dallas, pool, austin, group, link, diagram: designDiagram(design, validate(design)) };
}

describe('boundsOf', () => {
  it('bounds the boxes with a 24-unit margin, and an empty drawing with nothing', () => {
    expect(
      boundsOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: -40, y: 200, width: 10, height: 10 },
      ]),
    ).toEqual({ x: -64, y: -4, width: 198, height: 238 });
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});

describe('diagramOfSelection', () => {
  it('keeps only the selection and what it holds, the lines whose ends are both kept, and their bounds', () => {
    const { diagram, austin, group, link } = estate();
    const part = diagramOfSelection(diagram, new Set([austin]));
    expect(part.boxes.map((b) => b.id).sort()).toEqual([austin, group].sort());
    expect(part.lines.map((e) => e.id)).not.toContain(link);
    expect(part.bounds).toEqual(boundsOf(part.boxes.filter((b) => b.id === austin)));
    expect(diagramOfSelection(diagram, new Set()).boxes).toEqual([]);
  });

  it('keeps a selected pool with its servers, without its site', () => {
    const { diagram, pool, dallas } = estate();
    const part = diagramOfSelection(diagram, new Set([pool]));
    expect(part.boxes.map((b) => b.kind)).toEqual(['pool', 'server', 'server']);
    expect(part.boxes.some((b) => b.id === dallas)).toBe(false);
  });
});

describe('diagramWithin', () => {
  it('gives a page only what reaches into it, but keeps a link that crosses it', () => {
    const { diagram, dallas, austin, link } = estate();
    const middle = diagramWithin(diagram, { x: 1500, y: 0, width: 500, height: 100 });
    expect(middle.lines.map((e) => e.id)).toEqual([link]);
    expect(middle.boxes.map((b) => b.id).sort()).toEqual([austin, dallas].sort());
    expect(middle.bounds).toBe(diagram.bounds);
    const below = diagramWithin(diagram, { x: 0, y: 2000, width: 4000, height: 500 });
    expect(below).toMatchObject({ boxes: [], lines: [] });
  });
});
