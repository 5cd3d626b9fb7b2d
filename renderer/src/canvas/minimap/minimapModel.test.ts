import { describe, expect, it } from 'vitest';
import { placeNodes } from '../../../../shared/commands/placeNodes';
import { designDiagram } from '../../../../shared/diagram/designDiagram';
import { DesignBuilder } from '../../../../shared/testing/designBuilder';
import { validate } from '../../../../shared/validate';
import { ROLE_STYLES } from '../../ui/roleStyle';
import { deriveFlow } from '../deriveFlow';
import { boxesKey, centredOn, minimapBoxes, overviewFrame, visibleRect } from './minimapModel';

function twoSites() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.frontEnd(dallas, 3);
  b.users(dallas, pool, 500);
  const austin = b.site('Austin', 'branch', dallas);
  const design = placeNodes(b.design, {
    places: {
      [dallas]: { x: 100, y: 50, width: 900, height: 600 },
      [austin]: { x: 1200, y: 50, width: 400, height: 300 },
      [pool]: { x: 20, y: 70 },
    },
  });
  return { design, dallas, austin, pool };
}

const flowOf = (design: ReturnType<typeof twoSites>['design'], collapsed = new Set<string>()) =>
  deriveFlow(designDiagram(design, validate(design), collapsed), new Set()).nodes;

describe('minimap model', () => {
  it('draws sites and pools only, a pool at its site position plus its own, coloured by role', () => {
    const { design, dallas, austin, pool } = twoSites();
    const boxes = minimapBoxes(flowOf(design));
    expect(boxes.map((box) => box.id).sort()).toEqual([austin, dallas, pool].sort());
    expect(boxes.find((box) => box.id === dallas)).toMatchObject({
      x: 100,
      y: 50,
      width: 900,
      height: 600,
      kind: 'central',
    });
    expect(boxes.find((box) => box.id === austin)).toMatchObject({ kind: 'branch' });
    expect(boxes.find((box) => box.id === pool)).toMatchObject({
      x: 120,
      y: 120,
      kind: 'pool',
      color: ROLE_STYLES.frontEnd.color,
    });
  });

  it('leaves out the pools of a collapsed site', () => {
    const { design, dallas, pool } = twoSites();
    const boxes = minimapBoxes(flowOf(design, new Set([dallas])));
    expect(boxes.some((box) => box.id === pool)).toBe(false);
  });

  it('keeps its key through an edit of a figure and changes it when a box moves', () => {
    const { design, pool } = twoSites();
    const before = boxesKey(minimapBoxes(flowOf(design)));
    const edited = {
      ...design,
      userGroups: design.userGroups.map((group) => ({ ...group, count: group.count + 100 })),
    };
    expect(boxesKey(minimapBoxes(flowOf(edited)))).toBe(before);
    const moved = placeNodes(design, { places: { [pool]: { x: 60, y: 70 } } });
    expect(boxesKey(minimapBoxes(flowOf(moved)))).not.toBe(before);
  });

  it('frames the design and the visible part at the overview aspect ratio, centred', () => {
    const visible = visibleRect([-200, -100, 0.5], 800, 600);
    expect(visible).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
    const frame = overviewFrame({ x: 0, y: 0, width: 1000, height: 500 }, visible, 4 / 3, 0);
    // The union is 0..2000 × 0..1400; widened to 4:3 around its centre.
    expect(frame.width / frame.height).toBeCloseTo(4 / 3, 9);
    expect(frame.height).toBe(1500);
    expect(frame.x + frame.width / 2).toBe(1000);
    expect(frame.y + frame.height / 2).toBe(700);
  });

  it('centres a flow point in the canvas at a zoom', () => {
    const viewport = centredOn({ x: 1000, y: 500 }, 0.5, 800, 600);
    expect(viewport).toEqual({ x: -100, y: 50, zoom: 0.5 });
    expect(visibleRect([viewport.x, viewport.y, viewport.zoom], 800, 600)).toEqual({
      x: 200,
      y: -100,
      width: 1600,
      height: 1200,
    });
  });
});
