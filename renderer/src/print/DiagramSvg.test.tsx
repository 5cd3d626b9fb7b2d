import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { planStates } from '../../../shared/plan/planStates';
import { stateDiff } from '../../../shared/plan/stateDiff';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { fabrikamDesign } from '../../../shared/testing/fabrikamDesign';
import { validate } from '../../../shared/validate';
import { DiagramSvg, LEGACY_DASH } from './DiagramSvg';

describe('DiagramSvg', () => {
  it('prints each association along its route, with its label whole in the box the route placed', () => {
    const { design } = fabrikamDesign();
    const diagram = designDiagram(design, validate(design));
    const svg = renderToStaticMarkup(<DiagramSvg diagram={diagram} viewBox={diagram.bounds} background="white" />);
    for (const line of diagram.lines) {
      if (line.kind !== 'association') continue;
      const { points, label } = line.route;
      expect(svg).toContain(`<polyline points="${points.map((p) => `${p.x},${p.y}`).join(' ')}"`);
      expect(svg).toContain(`<rect x="${label.x}" y="${label.y}" width="${label.width}" height="${label.height}"`);
    }
    for (const text of ['File store', 'Next hop', 'Edge (media)', 'Back End', 'Office Web Apps'])
      expect(svg).toContain(`>${text}</text>`);
  });

  it('prints a step: 2010 pools dashed with their tag, added boxes ringed and titled, removed ones struck through', () => {
    const states = planStates(fabrikamMigration());
    const k = states.indexOf('sea-8-decommission')!;
    const before = states.stateAt(k - 1);
    const after = states.stateAt(k);
    const diagram = designDiagram(after, validate(after), undefined, stateDiff(before, after));
    const svg = renderToStaticMarkup(<DiagramSvg diagram={diagram} viewBox={diagram.bounds} background="white" />);
    // The decommissioned Seattle pool: a faded ghost, dashed as a 2010 pool, its FQDN struck through, saying why
    // it is there. The group of a box runs from its <g> to its caption (the renderer writes no DOM to query here).
    const fqdn = before.pools.find((pool) => pool.id === 'fe2010-sea')!.fqdn;
    const caption = svg.indexOf(`${fqdn}</text>`);
    const ghostStart = svg.lastIndexOf('<g opacity="0.45" data-mark="removed">', caption);
    expect(caption).toBeGreaterThan(0);
    expect(ghostStart).toBeGreaterThan(0);
    const ghost = svg.slice(ghostStart, caption);
    expect(ghost).toContain('<title>Removed in this step: shown as it was before it</title>');
    expect(ghost).toContain(`stroke-dasharray="${LEGACY_DASH}"`);
    expect(ghost).toContain('· 2010');
    expect(ghost.slice(ghost.lastIndexOf('<text'))).toContain('text-decoration="line-through"');
    // The pool that received its conference directories is ringed and tagged as changed.
    const changedFqdn = after.pools.find((pool) => pool.id === 'fe2013-sea')!.fqdn;
    const changed = svg.slice(svg.lastIndexOf('<g data-mark="changed">', svg.indexOf(`${changedFqdn}</text>`)));
    expect(changed.startsWith('<g data-mark="changed"><title>Changed in this step</title>')).toBe(true);
    // A plain diagram of the same state has no marks at all.
    const plain = designDiagram(after, validate(after));
    const plainSvg = renderToStaticMarkup(<DiagramSvg diagram={plain} viewBox={plain.bounds} background="white" />);
    expect(plainSvg).not.toContain('data-mark');
    expect(plainSvg).not.toContain(fqdn);
  });
});
