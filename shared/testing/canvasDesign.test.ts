import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { CANVAS_1K, CANVAS_5K, canvasDesign } from './canvasDesign';

describe('canvasDesign', () => {
  it.each([CANVAS_1K, CANVAS_5K])('has exactly the bench sizes and is a valid .lyncplan (%o)', (size) => {
    const design = canvasDesign(size);
    expect(design.sites).toHaveLength(size.sites);
    expect(design.pools).toHaveLength(size.pools);
    expect(design.servers).toHaveLength(size.servers);
    expect(design.userGroups).toHaveLength(size.userGroups);
    expect(design.links).toHaveLength(size.links);
    expect(parseDesign(serializeDesign(design)).ok).toBe(true);
  });

  it('places the sites without overlap', () => {
    const design = canvasDesign(CANVAS_1K);
    const boxes = design.sites.map((site) => design.layout!.nodes![site.id]!);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.x + a.width! <= b.x || b.x + b.width! <= a.x || a.y + a.height! <= b.y || b.y + b.height! <= a.y;
        expect(apart).toBe(true);
      }
    }
  });
});
