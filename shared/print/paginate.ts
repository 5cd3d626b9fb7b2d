import { type PageSetup, paperSize } from './pageSetup';

/** CSS pixels per millimetre: the diagram is measured in CSS pixels (96 per inch), paper in millimetres. */
export const PX_PER_MM = 96 / 25.4;
/** The title block's height at the foot of every page. */
export const TITLE_BLOCK_MM = 18;
/** How far neighbouring tiles overlap, so a reader can line them up; only when there is more than one page. */
export const TILE_OVERLAP_MM = 8;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramPage {
  /** 0-based, row by row. */
  index: number;
  row: number;
  column: number;
  /** The part of the diagram this page shows, in diagram units. */
  viewport: Bounds;
}

export interface Pagination {
  paper: { widthMm: number; heightMm: number };
  /** The diagram's area on each page (inside the margins, above the title block). */
  area: { widthMm: number; heightMm: number };
  /** Printed size of one diagram unit, as a fraction of its size on screen at 100%. */
  scale: number;
  columns: number;
  rows: number;
  overlapMm: number;
  pages: DiagramPage[];
  /** What the user should know about these pages: fewer tiles than asked, or a scale too small to read. */
  notes: string[];
}

/** Below this printed scale an 11 px caption is under 4.4 px (about 3 pt) on paper: hard to read. */
export const LEGIBLE_SCALE = 0.4;
/** A page less than this share used by the diagram is "mostly blank". */
const WELL_USED = 0.5;
/** How much smaller than the largest possible a tiling may print to use its pages well or keep sites whole. */
const SCALE_GIVE = 0.85;

interface Tiling {
  columns: number;
  rows: number;
  scale: number;
}

/**
 * Splits a diagram over pages. Fit-to-one gives exactly one page; fit to N x M gives at most N x M pages (the
 * rows or columns a diagram of that shape would leave mostly blank are left out, and `notes` says so); a fixed
 * scale gives as many pages as the diagram covers and never a blank one. Tile edges are placed, within the room
 * the tiling leaves, so that they cut no site box (`keepWhole`) that fits on one page. Pure: the same inputs
 * always give the same pages.
 */
export function paginate(bounds: Bounds, setup: PageSetup, keepWhole: readonly Bounds[] = []): Pagination {
  const paper = paperSize(setup);
  const area = {
    widthMm: Math.max(1, paper.widthMm - 2 * setup.marginMm),
    heightMm: Math.max(1, paper.heightMm - 2 * setup.marginMm - TITLE_BLOCK_MM),
  };
  const areaW = area.widthMm * PX_PER_MM;
  const areaH = area.heightMm * PX_PER_MM;
  const width = Math.max(0, bounds.width);
  const height = Math.max(0, bounds.height);
  const empty = width === 0 || height === 0;
  const tileOverlap = TILE_OVERLAP_MM * PX_PER_MM;
  const notes: string[] = [];

  let tiling: Tiling;
  const { scaling } = setup;
  if (scaling.mode === 'fitToOne') {
    tiling = { columns: 1, rows: 1, scale: empty ? 1 : Math.min(1, areaW / width, areaH / height) };
    if (!empty && tiling.scale < LEGIBLE_SCALE) notes.push(legibilityNote(bounds, setup, tiling.scale));
  } else if (scaling.mode === 'fitToPages') {
    tiling = empty
      ? { columns: scaling.columns, rows: scaling.rows, scale: 1 }
      : chooseTiling(width, height, areaW, areaH, scaling.columns, scaling.rows);
    if (tiling.columns !== scaling.columns || tiling.rows !== scaling.rows) {
      notes.push(
        `${tiling.columns} × ${tiling.rows} pages instead of ${scaling.columns} × ${scaling.rows}: more would leave pages mostly blank at this shape of diagram.`,
      );
    }
  } else {
    const scale = scaling.percent / 100;
    // The fewest tiles that hold the scaled diagram; a tiny float excess never adds a page.
    const count = (extent: number, page: number) =>
      Math.max(1, Math.ceil((extent * scale - tileOverlap) / (page - tileOverlap) - 1e-9));
    tiling = { columns: count(width, areaW), rows: count(height, areaH), scale };
  }

  const spans = (axis: 'x' | 'y'): Array<readonly [number, number]> =>
    keepWhole.map((box) => (axis === 'x' ? [box.x, box.x + box.width] : [box.y, box.y + box.height]));
  const boxes = { x: spans('x'), y: spans('y') };
  let laid = layTiles(bounds, areaW, areaH, tiling, boxes);
  // Fitted tiles leave no room to move their edges; printing a little smaller can keep every site whole.
  for (let k = 1; scaling.mode === 'fitToPages' && laid.cuts > 0 && k <= 10; k++) {
    const smaller = layTiles(bounds, areaW, areaH, { ...tiling, scale: tiling.scale * (1 - k / 100) }, boxes);
    if (smaller.cuts === 0) laid = smaller;
  }
  const { columns, rows, scale } = laid.tiling;
  const overlapMm = columns * rows > 1 ? TILE_OVERLAP_MM : 0;
  const pages: DiagramPage[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      pages.push({
        index: pages.length,
        row,
        column,
        viewport: {
          x: laid.originX + column * laid.stepX,
          y: laid.originY + row * laid.stepY,
          width: laid.tileW,
          height: laid.tileH,
        },
      });
    }
  }
  return { paper, area, scale, columns, rows, overlapMm, pages, notes };
}

/** Where the tiles of a tiling go, and how many boxes that fit on a tile their edges still cut. */
function layTiles(
  bounds: Bounds,
  areaW: number,
  areaH: number,
  tiling: Tiling,
  boxes: { x: ReadonlyArray<readonly [number, number]>; y: ReadonlyArray<readonly [number, number]> },
) {
  const { columns, rows, scale } = tiling;
  const overlap = (columns * rows > 1 ? TILE_OVERLAP_MM : 0) * PX_PER_MM;
  const stepX = (areaW - overlap) / scale;
  const stepY = (areaH - overlap) / scale;
  const tileW = areaW / scale;
  const tileH = areaH / scale;
  const printedW = (columns * areaW - (columns - 1) * overlap) / scale;
  const printedH = (rows * areaH - (rows - 1) * overlap) / scale;
  const x = placeTiles(bounds.x, Math.max(0, bounds.width), printedW, columns, stepX, tileW, boxes.x);
  const y = placeTiles(bounds.y, Math.max(0, bounds.height), printedH, rows, stepY, tileH, boxes.y);
  return { tiling, stepX, stepY, tileW, tileH, originX: x.origin, originY: y.origin, cuts: x.cuts + y.cuts };
}

/** The scale at which a diagram fills `columns` x `rows` tiles, in the direction that limits it. */
function fillScale(width: number, height: number, areaW: number, areaH: number, columns: number, rows: number) {
  const overlap = TILE_OVERLAP_MM * PX_PER_MM;
  return Math.min((columns * areaW - (columns - 1) * overlap) / width, (rows * areaH - (rows - 1) * overlap) / height);
}

/**
 * The share of the least used page when the diagram is centred on the tiles: a tiling whose outer row holds a
 * sliver of the diagram scores low.
 */
function leastUsedShare(width: number, height: number, areaW: number, areaH: number, tiling: Tiling): number {
  const share = (extent: number, page: number, count: number) => {
    if (count === 1) return 1;
    const overlap = TILE_OVERLAP_MM * PX_PER_MM;
    const printed = count * page - (count - 1) * overlap;
    const start = (printed - extent * tiling.scale) / 2;
    // The outer tiles are the least used when the diagram is centred; the first one is as used as the last.
    return Math.max(0, Math.min(page, page - start)) / page;
  };
  return share(width, areaW, tiling.columns) * share(height, areaH, tiling.rows);
}

/**
 * Of every tiling up to `columns` x `rows`, the one that prints largest, unless another prints within
 * SCALE_GIVE of it and uses its pages better (fewer pages on a tie).
 */
function chooseTiling(
  width: number,
  height: number,
  areaW: number,
  areaH: number,
  columns: number,
  rows: number,
): Tiling {
  const tilings: Tiling[] = [];
  for (let c = 1; c <= columns; c++)
    for (let r = 1; r <= rows; r++)
      tilings.push({ columns: c, rows: r, scale: fillScale(width, height, areaW, areaH, c, r) });
  const largest = Math.max(...tilings.map((tiling) => tiling.scale));
  const near = tilings.filter((tiling) => tiling.scale >= largest * SCALE_GIVE - 1e-12);
  const score = (tiling: Tiling) => Math.min(WELL_USED, leastUsedShare(width, height, areaW, areaH, tiling));
  return near.reduce((best, tiling) => {
    const [a, b] = [score(tiling), score(best)];
    if (a !== b) return a > b ? tiling : best;
    if (tiling.scale !== best.scale) return tiling.scale > best.scale ? tiling : best;
    return tiling.columns * tiling.rows < best.columns * best.rows ? tiling : best;
  });
}

/**
 * Where the first tile starts along one axis. The tiles print more than the diagram (`printed` >= `extent`); of
 * the places that room allows, the one whose tile edges cut the fewest boxes that fit on one tile, nearest the
 * centred place on a tie.
 */
function placeTiles(
  start: number,
  extent: number,
  printed: number,
  count: number,
  step: number,
  tile: number,
  boxes: ReadonlyArray<readonly [number, number]>,
): { origin: number; cuts: number } {
  const centred = start - (printed - extent) / 2;
  const room = printed - extent;
  const fitting = boxes.filter(([from, to]) => to - from <= tile);
  const cut = (origin: number) =>
    fitting.filter(([from, to]) => {
      for (let k = 0; k < count; k++) {
        const left = origin + k * step;
        if (from >= left - 1e-9 && to <= left + tile + 1e-9) return false;
      }
      return true;
    }).length;
  if (count === 1 || fitting.length === 0) return { origin: centred, cuts: 0 };
  const SAMPLES = 64;
  let best = centred;
  let bestCut = cut(centred);
  for (let i = 0; i <= SAMPLES && bestCut > 0 && room > 1e-9; i++) {
    const origin = start - room + (room * i) / SAMPLES;
    const cuts = cut(origin);
    if (cuts < bestCut || (cuts === bestCut && Math.abs(origin - centred) < Math.abs(best - centred))) {
      best = origin;
      bestCut = cuts;
    }
  }
  return { origin: best, cuts: bestCut };
}

/** Page grids to suggest, fewest pages first. */
const SUGGESTED_GRIDS = [
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
  [3, 2],
  [2, 3],
  [4, 1],
  [1, 4],
  [5, 1],
  [1, 5],
  [3, 3],
  [4, 2],
  [2, 4],
  [4, 3],
  [3, 4],
  [4, 4],
] as const;

/** "At 31% on A4, captions print too small to read (under 40%): A3 prints at 44%; 2 × 1 pages print at 62%." */
function legibilityNote(bounds: Bounds, setup: PageSetup, scale: number): string {
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const larger = setup.paper === 'A4' ? 'A3' : setup.paper === 'Letter' ? 'Tabloid' : undefined;
  const options: string[] = [];
  if (larger) {
    const onLarger = paginate(bounds, { ...setup, paper: larger, scaling: { mode: 'fitToOne' } }).scale;
    options.push(`${larger} prints at ${percent(onLarger)}`);
  }
  // The fewest pages that print legibly on this paper, or the largest print of the grids tried.
  const grids = SUGGESTED_GRIDS.map(([columns, rows]) => {
    const tiled = paginate(bounds, { ...setup, scaling: { mode: 'fitToPages', columns, rows } });
    return { columns: tiled.columns, rows: tiled.rows, scale: tiled.scale };
  });
  const legible = grids.find((grid) => grid.scale >= LEGIBLE_SCALE);
  const grid = legible ?? grids.reduce((best, next) => (next.scale > best.scale ? next : best));
  options.push(`${grid.columns} × ${grid.rows} pages print at ${percent(Math.min(1, grid.scale))}`);
  return `At ${percent(scale)} on ${setup.paper}, captions print too small to read (under ${percent(LEGIBLE_SCALE)}): ${options.join('; ')}.`;
}
