import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { fabrikamDesign } from '../../../shared/testing/fabrikamDesign';
import { validate } from '../../../shared/validate';
import { DiagramSvg } from './DiagramSvg';

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
});
