// Transitional: checks the shared diagram model against the canvas projection's drawing it replaces (goes with it).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editingFixture } from '../e2e/helpers/fixtures';
import { deriveFlow } from '../renderer/src/canvas/deriveFlow';
import { diagramOf } from '../renderer/src/print/diagramModel';
import { designDiagram } from '../shared/diagram/designDiagram';
import { diagramOfSelection } from '../shared/diagram/diagramParts';
import { parseDesign } from '../shared/format/parseDesign';
import type { Design } from '../shared/model/design';
import { CANVAS_1K, canvasDesign } from '../shared/testing/canvasDesign';
import { designArbitrary } from '../shared/testing/designArbitrary';
import { SIZE_1K, syntheticDesign } from '../shared/testing/syntheticDesign';
import { validate } from '../shared/validate';

/** The e2e specs' design, as the app opens it. */
function editing(): Design {
  const parsed = parseDesign(readFileSync(editingFixture(), 'utf8'));
  if (!parsed.ok) throw new Error('the editing fixture does not parse');
  return parsed.design;
}

const samples = (): Array<[string, Design]> => [
  ['the editing fixture', editing()],
  ['the canvas bench 1k estate', canvasDesign(CANVAS_1K)],
  ['the synthetic 1k design (no layout)', syntheticDesign(SIZE_1K)],
  ...fc.sample(designArbitrary(), { seed: 7, numRuns: 40 }).map((d, i): [string, Design] => [`arbitrary #${i}`, d]),
];

/** What a drawing shows of the old path's boxes (React Flow nodes placed absolutely) and edges. */
function oldDrawing(design: Design, collapsed: ReadonlySet<string>, only?: ReadonlySet<string>) {
  const validation = validate(design);
  const flow = deriveFlow(design, validation, validation.findingsBySubject as never, new Set(), collapsed);
  const diagram = diagramOf(flow, only);
  return {
    boxes: diagram.boxes.map(({ id, node, x, y, width, height }) => {
      const { inner: _inner, collapsed: _collapsed, ...data } = node.data as Record<string, unknown>;
      return { id, kind: node.type, x, y, width, height, data };
    }),
    edges: diagram.edges
      .filter((edge) => edge.type !== 'homing')
      .map((edge) => ({ id: edge.id, kind: edge.type, source: edge.source, target: edge.target })),
    bounds: diagram.bounds,
  };
}

function newDrawing(design: Design, collapsed: ReadonlySet<string>, only?: ReadonlySet<string>) {
  const whole = designDiagram(design, validate(design), collapsed);
  const diagram = only ? diagramOfSelection(whole, only) : whole;
  return {
    boxes: diagram.boxes.map((box) => {
      const {
        id,
        kind,
        x,
        y,
        width,
        height,
        parentId: _p,
        offset: _o,
        inner: _i,
        collapsed: _c,
        homeBoxId: _h,
        ...data
      } = box as typeof box & { inner?: unknown; collapsed?: unknown; homeBoxId?: unknown };
      return { id, kind, x, y, width, height, data };
    }),
    edges: diagram.lines.map((line) => ({ id: line.id, kind: line.kind, source: line.source, target: line.target })),
    bounds: diagram.bounds,
  };
}

describe('the diagram model draws what the canvas projection drew', () => {
  it.each(samples())('%s: same boxes at the same places, same edges, same bounds', (_name, design) => {
    const half = new Set(design.sites.filter((_, i) => i % 2 === 1).map((site) => site.id));
    const some = new Set([design.sites[0]?.id, design.pools[1]?.id, design.userGroups[2]?.id].filter((id) => !!id));
    for (const collapsed of [new Set<string>(), half])
      for (const only of [undefined, some as Set<string>])
        expect(newDrawing(design, collapsed, only)).toEqual(oldDrawing(design, collapsed, only));
  });
});
