import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PageSetup, paperNames, type Scaling } from './pageSetup';
import { type Bounds, PX_PER_MM, paginate, TILE_OVERLAP_MM, TITLE_BLOCK_MM } from './paginate';

const setup = (scaling: Scaling, extra: Partial<PageSetup> = {}): PageSetup => ({
  paper: 'A4',
  orientation: 'landscape',
  marginMm: 10,
  scaling,
  ...extra,
});
const wide: Bounds = { x: -100, y: 50, width: 12_000, height: 1_500 };
const tall: Bounds = { x: 0, y: 0, width: 900, height: 20_000 };
const one: Bounds = { x: 40, y: 40, width: 240, height: 120 };
const none: Bounds = { x: 0, y: 0, width: 0, height: 0 };

/** Every part of the diagram is on some page. */
function covers(bounds: Bounds, pages: ReturnType<typeof paginate>['pages']): boolean {
  const left = Math.min(...pages.map((p) => p.viewport.x));
  const top = Math.min(...pages.map((p) => p.viewport.y));
  const right = Math.max(...pages.map((p) => p.viewport.x + p.viewport.width));
  const bottom = Math.max(...pages.map((p) => p.viewport.y + p.viewport.height));
  const eps = 1e-6;
  return (
    left <= bounds.x + eps &&
    top <= bounds.y + eps &&
    right >= bounds.x + bounds.width - eps &&
    bottom >= bounds.y + bounds.height - eps
  );
}

describe('paginate', () => {
  it('A4 landscape is 297 x 210 mm; the area leaves the margins and the title block', () => {
    const result = paginate(one, setup({ mode: 'fitToOne' }));
    expect(result.paper).toEqual({ widthMm: 297, heightMm: 210 });
    expect(result.area).toEqual({ widthMm: 277, heightMm: 210 - 20 - TITLE_BLOCK_MM });
  });

  it.each(
    paperNames.flatMap((paper) =>
      (['portrait', 'landscape'] as const).map((orientation) => [paper, orientation] as const),
    ),
  )('fit to one page is one page on %s %s, for wide, tall, tiny and empty designs', (paper, orientation) => {
    for (const bounds of [wide, tall, one, none]) {
      const result = paginate(bounds, setup({ mode: 'fitToOne' }, { paper, orientation }));
      expect(result.pages).toHaveLength(1);
      expect(result.overlapMm).toBe(0);
      if (bounds.width > 0) expect(covers(bounds, result.pages)).toBe(true);
      expect(result.scale).toBeLessThanOrEqual(1);
    }
  });

  it('fit to one shrinks a wide design to the page width and never enlarges a small one', () => {
    const result = paginate(wide, setup({ mode: 'fitToOne' }));
    expect(result.scale).toBeCloseTo((277 * PX_PER_MM) / 12_000, 9);
    expect(paginate(one, setup({ mode: 'fitToOne' })).scale).toBe(1);
  });

  it('fit to N x M is at most N x M pages, row by row, overlapping by the tile overlap', () => {
    for (const [columns, rows] of [
      [2, 2],
      [3, 1],
      [1, 4],
      [5, 3],
    ] as const) {
      for (const bounds of [wide, tall, one, none]) {
        const result = paginate(bounds, setup({ mode: 'fitToPages', columns, rows }));
        expect(result.columns).toBeLessThanOrEqual(columns);
        expect(result.rows).toBeLessThanOrEqual(rows);
        expect(result.pages).toHaveLength(result.columns * result.rows);
        expect(result.pages.map((p) => [p.row, p.column])).toEqual(
          Array.from({ length: result.rows }, (_, r) =>
            Array.from({ length: result.columns }, (_, c) => [r, c]),
          ).flat(),
        );
        if (bounds.width > 0) expect(covers(bounds, result.pages)).toBe(true);
        if (result.columns > 1) {
          const [a, b] = result.pages;
          // Neighbours share exactly the overlap, in millimetres on paper.
          expect(((a!.viewport.x + a!.viewport.width - b!.viewport.x) * result.scale) / PX_PER_MM).toBeCloseTo(
            TILE_OVERLAP_MM,
            6,
          );
        }
      }
    }
  });

  it('a fixed scale prints as many pages as the diagram covers, and no blank one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 5, max: 400 }),
        fc.constantFrom(...paperNames),
        fc.boolean(),
        (width, height, percent, paper, landscape) => {
          const bounds = { x: 13, y: -7, width, height };
          const result = paginate(
            bounds,
            setup({ mode: 'fixed', percent }, { paper, orientation: landscape ? 'landscape' : 'portrait' }),
          );
          expect(covers(bounds, result.pages)).toBe(true);
          // One page fewer in either direction would not cover the diagram.
          const step = (extent: number) => extent * result.scale;
          const areaW = result.area.widthMm * PX_PER_MM;
          const areaH = result.area.heightMm * PX_PER_MM;
          const overlap = TILE_OVERLAP_MM * PX_PER_MM;
          if (result.columns > 1)
            expect((result.columns - 1) * areaW - (result.columns - 2) * overlap).toBeLessThan(step(width));
          if (result.rows > 1)
            expect((result.rows - 1) * areaH - (result.rows - 2) * overlap).toBeLessThan(step(height));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('at 100%, 12,000 x 1,500 px on A4 landscape is 12 columns by 3 rows', () => {
    const result = paginate(wide, setup({ mode: 'fixed', percent: 100 }));
    // (12,000 - 30.2) / (1,047 - 30.2) = 11.8 -> 12; (1,500 - 30.2) / (650.1 - 30.2) = 2.4 -> 3.
    expect([result.columns, result.rows]).toEqual([12, 3]);
    expect(result.pages).toHaveLength(36);
  });

  it('an empty design still prints one page at fit to one and at a fixed scale', () => {
    expect(paginate(none, setup({ mode: 'fixed', percent: 100 })).pages).toHaveLength(1);
    expect(paginate(none, setup({ mode: 'fitToOne' })).pages).toHaveLength(1);
  });

  describe('tiles that a reader can use', () => {
    const areaW = 277 * PX_PER_MM;
    const areaH = (210 - 20 - TITLE_BLOCK_MM) * PX_PER_MM;
    const overlap = TILE_OVERLAP_MM * PX_PER_MM;
    /** The share of each page's viewport that the diagram's bounds cover. */
    const used = (bounds: Bounds, result: ReturnType<typeof paginate>) =>
      result.pages.map(({ viewport: v }) => {
        const w = Math.min(v.x + v.width, bounds.x + bounds.width) - Math.max(v.x, bounds.x);
        const h = Math.min(v.y + v.height, bounds.y + bounds.height) - Math.max(v.y, bounds.y);
        return (Math.max(0, w) * Math.max(0, h)) / (v.width * v.height);
      });

    it('2 x 2 of a diagram shaped like the grid is four well-used pages', () => {
      const square: Bounds = { x: 0, y: 0, width: 2 * areaW - overlap, height: 2 * areaH - overlap };
      const result = paginate(square, setup({ mode: 'fitToPages', columns: 2, rows: 2 }));
      expect([result.columns, result.rows]).toEqual([2, 2]);
      expect(result.notes).toEqual([]);
      for (const share of used(square, result)) expect(share).toBeGreaterThan(0.99);
    });

    it('2 x 2 of a wide diagram is 2 x 1 at the same scale, and says why', () => {
      const result = paginate(wide, setup({ mode: 'fitToPages', columns: 2, rows: 2 }));
      expect([result.columns, result.rows]).toEqual([2, 1]);
      expect(result.scale).toBeCloseTo((2 * areaW - overlap) / wide.width, 9);
      expect(result.notes).toEqual([
        '2 × 1 pages instead of 2 × 2: more would leave pages mostly blank at this shape of diagram.',
      ]);
    });

    it('leaves out a row that centring would leave mostly blank', () => {
      // 900 px wide fills the page width at 116%; at that scale the diagram is 1.5 rows tall, so 3 rows would
      // print a quarter of a page at the top and bottom.
      const bounds: Bounds = { x: 0, y: 0, width: 900, height: (1.5 * areaH) / (areaW / 900) };
      const result = paginate(bounds, setup({ mode: 'fitToPages', columns: 1, rows: 3 }));
      expect(result.rows).toBe(2);
      expect(result.scale).toBeCloseTo(areaW / 900, 9);
      expect(Math.min(...used(bounds, result))).toBeGreaterThan(0.5);
    });

    it('places the tile edges so that no site that fits on a page is cut', () => {
      // At 100% two columns print 2,064 px for a 1,500 px diagram; centred, the edge at 765 px would cut Dallas.
      const bounds: Bounds = { x: 0, y: 0, width: 1_500, height: 400 };
      const sites: Bounds[] = [
        { x: 0, y: 0, width: 800, height: 400 },
        { x: 850, y: 0, width: 650, height: 400 },
      ];
      const whole = (result: ReturnType<typeof paginate>) =>
        sites.filter((site) =>
          result.pages.some(({ viewport: v }) => site.x >= v.x - 1e-9 && site.x + site.width <= v.x + v.width + 1e-9),
        ).length;
      const fixed = setup({ mode: 'fixed', percent: 100 });
      expect(whole(paginate(bounds, fixed))).toBe(1);
      const placed = paginate(bounds, fixed, sites);
      expect(placed.columns).toBe(2);
      expect(whole(placed)).toBe(2);
      expect(covers(bounds, placed.pages)).toBe(true);
    });

    it('fitted tiles print a little smaller rather than cut a site in two', () => {
      const bounds: Bounds = { x: 0, y: 0, width: 2_000, height: 400 };
      const sites: Bounds[] = [
        { x: 0, y: 0, width: 950, height: 400 },
        { x: 970, y: 0, width: 990, height: 400 },
      ];
      const fitted = setup({ mode: 'fitToPages', columns: 2, rows: 1 });
      const fill = paginate(bounds, fitted).scale;
      const result = paginate(bounds, fitted, sites);
      for (const site of sites)
        expect(result.pages.some(({ viewport: v }) => site.x >= v.x && site.x + site.width <= v.x + v.width)).toBe(
          true,
        );
      expect(result.scale).toBeLessThan(fill);
      expect(result.scale).toBeGreaterThan(fill * 0.9);
      expect(covers(bounds, result.pages)).toBe(true);
    });

    it('fit to one on A4 says when the scale is too small to read and what prints larger', () => {
      const result = paginate(wide, setup({ mode: 'fitToOne' }));
      expect(result.scale).toBeLessThan(0.4);
      expect(result.notes).toEqual([
        'At 9% on A4, captions print too small to read (under 40%): A3 prints at 13%; 5 × 1 pages print at 43%.',
      ]);
      expect(paginate(one, setup({ mode: 'fitToOne' })).notes).toEqual([]);
    });
  });
});
