import { describe, expect, it } from 'vitest';
import { associationLabels } from '../commands/associationKinds';
import { placeNodes } from '../commands/placeNodes';
import { boxesCrossed } from '../geometry/polyline';
import { overlaps } from '../geometry/rectangles';
import { DesignBuilder } from '../testing/designBuilder';
import { fabrikamDesign } from '../testing/fabrikamDesign';
import { validate } from '../validate';
import { associationLabelSize } from './associationLabel';
import { designDiagram } from './designDiagram';
import type { AssociationLine, Diagram } from './diagram';

const associations = (diagram: Diagram) =>
  diagram.lines.filter((line): line is AssociationLine => line.kind === 'association');

describe('association routes in the diagram (canvas, print and export draw these)', () => {
  const { design, ids } = fabrikamDesign();
  const diagram = designDiagram(design, validate(design));
  const boxOf = (id: string) => diagram.boxes.find((box) => box.id === id)!;
  const drawn = diagram.boxes.filter((box) => box.kind !== 'site');

  it('runs the Front End → Edge line round the SQL pool below the Front End pool, not through it', () => {
    const line = associations(diagram).find((candidate) => candidate.id === ids.feToEdge)!;
    expect(boxesCrossed(line.route.points, [boxOf(ids.sql)])).toBe(0);
    expect(line.route.points.length).toBeGreaterThan(2);
  });

  it('crosses no box but its own two on the hand-placed Fabrikam site, runs under no label, and sets every label whole off every box', () => {
    const lines = associations(diagram);
    expect(lines.map((line) => associationLabels[line.associationKind])).toEqual([
      'Back End',
      'File store',
      'Office Web Apps',
      'Edge (media)',
      'Next hop',
    ]);
    for (const line of lines) {
      const text = associationLabels[line.associationKind];
      const others = drawn.filter(
        (box) =>
          box.id !== line.source &&
          box.id !== line.target &&
          box.parentId !== line.source &&
          box.parentId !== line.target,
      );
      expect(boxesCrossed(line.route.points, others), text).toBe(0);
      expect(line.route.label, text).toMatchObject(associationLabelSize(line.associationKind));
      for (const box of drawn) expect(overlaps(line.route.label, box), `${text} on ${box.id}`).toBe(false);
      for (const other of lines) {
        if (other === line) continue;
        expect(overlaps(line.route.label, other.route.label), `${text} on another label`).toBe(false);
        // No line runs under another's label, where it would be hidden and seem to be the line the label names.
        expect(boxesCrossed(line.route.points, [other.route.label]), `${text} under another label`).toBe(0);
      }
    }
  });

  it('routes the same way when the diagram is drawn again, as print draws what the canvas showed', () => {
    const again = designDiagram(design, validate(design));
    expect(associations(again).map((line) => line.route)).toEqual(associations(diagram).map((line) => line.route));
  });

  it('takes a line between two sites round a third site between them', () => {
    const b = new DesignBuilder();
    const west = b.site('West');
    const middle = b.site('Middle', 'branch', west);
    const east = b.site('East', 'branch', west);
    const fe = b.frontEnd(west, 1);
    const sba = b.pool(east, 'sba', { servers: 1 });
    b.associate('registrar', sba, fe);
    const placed = placeNodes(b.design, {
      places: {
        [west]: { x: 0, y: 0, width: 480, height: 300 },
        [middle]: { x: 600, y: -40, width: 480, height: 400 },
        [east]: { x: 1200, y: 0, width: 480, height: 300 },
      },
    });
    const routed = designDiagram(placed, validate(placed));
    const [line] = associations(routed);
    const middleBox = routed.boxes.find((box) => box.id === middle)!;
    expect(boxesCrossed(line!.route.points, [middleBox])).toBe(0);
    expect(overlaps(line!.route.label, middleBox)).toBe(false);
  });

  it('ends a line at a collapsed site, routed to the site box', () => {
    const b = new DesignBuilder();
    const hub = b.site('Hub');
    const branch = b.site('Branch', 'branch', hub);
    const fe = b.frontEnd(hub, 1);
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.associate('registrar', sba, fe);
    const routed = designDiagram(b.design, validate(b.design), new Set([branch]));
    const [line] = associations(routed);
    const site = routed.boxes.find((box) => box.id === branch)!;
    expect(line!.source).toBe(branch);
    const start = line!.route.points[0]!;
    const onBorder =
      start.x === site.x || start.x === site.x + site.width || start.y === site.y || start.y === site.y + site.height;
    expect(onBorder).toBe(true);
  });
});
