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
}

/**
 * Splits a diagram over pages. Fit-to-one gives exactly one page; fit to N x M gives exactly N x M pages;
 * a fixed scale gives as many pages as the diagram covers and never a blank one. The diagram is centred in
 * the printed area. Pure: the same inputs always give the same pages.
 */
export function paginate(bounds: Bounds, setup: PageSetup): Pagination {
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

  let columns: number;
  let rows: number;
  let scale: number;
  const { scaling } = setup;
  if (scaling.mode === 'fitToOne') {
    columns = 1;
    rows = 1;
    scale = empty ? 1 : Math.min(1, areaW / width, areaH / height);
  } else if (scaling.mode === 'fitToPages') {
    columns = scaling.columns;
    rows = scaling.rows;
    const overlap = TILE_OVERLAP_MM * PX_PER_MM;
    scale = empty
      ? 1
      : Math.min((columns * areaW - (columns - 1) * overlap) / width, (rows * areaH - (rows - 1) * overlap) / height);
  } else {
    scale = scaling.percent / 100;
    const overlap = TILE_OVERLAP_MM * PX_PER_MM;
    // The fewest tiles that hold the scaled diagram; a tiny float excess never adds a page.
    const count = (extent: number, page: number) =>
      Math.max(1, Math.ceil((extent * scale - overlap) / (page - overlap) - 1e-9));
    columns = count(width, areaW);
    rows = count(height, areaH);
  }

  const overlapMm = columns * rows > 1 ? TILE_OVERLAP_MM : 0;
  const overlap = overlapMm * PX_PER_MM;
  const stepX = (areaW - overlap) / scale;
  const stepY = (areaH - overlap) / scale;
  // Centre the diagram in everything the tiles print.
  const printedW = (columns * areaW - (columns - 1) * overlap) / scale;
  const printedH = (rows * areaH - (rows - 1) * overlap) / scale;
  const originX = bounds.x - (printedW - width) / 2;
  const originY = bounds.y - (printedH - height) / 2;
  const pages: DiagramPage[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      pages.push({
        index: pages.length,
        row,
        column,
        viewport: {
          x: originX + column * stepX,
          y: originY + row * stepY,
          width: areaW / scale,
          height: areaH / scale,
        },
      });
    }
  }
  return { paper, area, scale, columns, rows, overlapMm, pages };
}
