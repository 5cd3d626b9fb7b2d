import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { designArbitrary } from '../testing/designArbitrary';
import { DesignBuilder } from '../testing/designBuilder';
import { parseDesign } from './parseDesign';
import { serializeDesign } from './serializeDesign';

function roundTrip(design: Design): Design {
  const result = parseDesign(serializeDesign(design));
  if (!result.ok) throw new Error(result.error.message);
  return result.design;
}

describe('serializeDesign', () => {
  it('round-trips any valid design: parse(serialize(d)) equals d, and a re-save is byte-identical', () => {
    fc.assert(
      fc.property(designArbitrary(), (design) => {
        const text = serializeDesign(design);
        const reread = roundTrip(design);
        expect(reread).toEqual(design);
        expect(serializeDesign(reread)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('writes keys in the format order with a two-space indent and a final newline', () => {
    const b = new DesignBuilder('Order');
    const site = b.site('Dallas');
    b.frontEnd(site, 1);
    const text = serializeDesign(b.design);
    expect(text.endsWith('}\n')).toBe(true);
    const topKeys = Object.keys(JSON.parse(text));
    expect(topKeys).toEqual([
      'format',
      'formatVersion',
      'meta',
      'sites',
      'pools',
      'servers',
      'userGroups',
      'links',
      'associations',
    ]);
    expect(text).toContain('\n  "meta": {\n    "id": ');
    expect(text.indexOf('"siteId"')).toBeGreaterThan(text.indexOf('"id": "p-2"'));
  });

  it('gives the same bytes whatever order the object keys and layout entries were set in', () => {
    const b = new DesignBuilder('Keys');
    const site = b.site('Dallas');
    b.design.layout = {
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: { [site]: { x: 1, y: 2 }, 'a-0': { x: 3, y: 4 } },
    } as Design['layout'];
    b.design.sites.push({ id: 'a-0', name: 'Zeta', kind: 'central' });
    const shuffled: Design = JSON.parse(JSON.stringify(b.design), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(serializeDesign(shuffled)).toBe(serializeDesign(b.design));
    expect(Object.keys(JSON.parse(serializeDesign(shuffled)).layout.nodes)).toEqual(['a-0', site]);
  });

  it('drops fields set to undefined instead of writing them', () => {
    const b = new DesignBuilder('Undefined');
    b.design.meta.author = undefined;
    expect(serializeDesign(b.design)).not.toContain('author');
  });
});
