import {
  isSourceCell,
  type ReportCell,
  type ReportTable,
  type ReportTableKey,
  type SourceCell,
} from '../../../shared/report/formatReport';
import { shortSourceTitle } from '../ui/sourceTitle';

/** A printed cell: text, or a source printed as its page's title (a link in the preview and in a PDF). */
export type PrintedCell = string | SourceCell;

/** One printed page of a report table: its rows that fit, and whether it continues the previous page. */
export interface ReportPage {
  key: ReportTableKey;
  title: string;
  columns: string[];
  /** Column widths in percent of the page's width. */
  widths: number[];
  rows: PrintedCell[][];
  continued: boolean;
}

const WIDTHS: Record<ReportTableKey, number[]> = {
  billOfMaterials: [16, 16, 22, 7, 39],
  poolLoad: [24, 14, 14, 9, 8, 9, 11, 11],
  bandwidth: [22, 10, 10, 8, 11, 9, 9, 10, 11],
  findings: [8, 18, 52, 22],
  waived: [7, 15, 28, 22, 9, 8, 11],
  staleWaivers: [16, 18, 8, 12, 26, 10, 10],
};

/** Typography of the printed tables (app.css uses the same): 8.5 pt text, a conservative average glyph width. */
export const TABLE_TYPE = { charMm: 1.75, lineMm: 3.9, rowPaddingMm: 1.8, headerMm: 7.5, titleMm: 10 } as const;

const printed = (value: ReportCell): PrintedCell =>
  value === undefined ? '' : typeof value === 'number' ? value.toLocaleString('en-US') : value;

/** The words a printed cell shows: a source's short title. */
export const printedText = (cell: PrintedCell): string => (isSourceCell(cell) ? shortSourceTitle(cell.title) : cell);

/** Height a row takes when its cells wrap in their columns. */
function rowHeightMm(row: PrintedCell[], widths: number[], areaWidthMm: number): number {
  let lines = 1;
  row.map(printedText).forEach((cell, i) => {
    const perLine = Math.max(4, Math.floor(((widths[i]! / 100) * areaWidthMm - 2) / TABLE_TYPE.charMm));
    // Words do not break mid-way: count the lines a greedy wrap makes.
    let count = 1;
    let used = 0;
    for (const word of cell.split(/\s+/)) {
      const length = word.length;
      if (used > 0 && used + 1 + length > perLine) {
        count += 1;
        used = Math.min(length, perLine);
        count += Math.floor(Math.max(0, length - 1) / perLine);
      } else used += (used > 0 ? 1 : 0) + length;
    }
    lines = Math.max(lines, count);
  });
  return lines * TABLE_TYPE.lineMm + TABLE_TYPE.rowPaddingMm;
}

/**
 * Splits report tables into pages of the printed area, row by row, never splitting a row: each page holds the
 * table's title and header, and as many rows as fit. Findings are grouped by severity (errors first).
 */
export function reportPages(tables: readonly ReportTable[], area: { widthMm: number; heightMm: number }): ReportPage[] {
  const pages: ReportPage[] = [];
  for (const table of tables) {
    const widths = WIDTHS[table.key];
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const ordered =
      table.key === 'findings' || table.key === 'waived'
        ? [...table.rows].sort((a, b) => (rank[String(a[0])] ?? 3) - (rank[String(b[0])] ?? 3))
        : table.rows;
    const rows = ordered.map((row) => row.map(printed));
    const room = area.heightMm - TABLE_TYPE.titleMm - TABLE_TYPE.headerMm;
    let current: PrintedCell[][] = [];
    let used = 0;
    const flush = (continued: boolean) =>
      pages.push({ key: table.key, title: table.title, columns: table.columns, widths, rows: current, continued });
    let continued = false;
    for (const row of rows) {
      const height = Math.min(rowHeightMm(row, widths, area.widthMm), room);
      if (current.length > 0 && used + height > room) {
        flush(continued);
        continued = true;
        current = [];
        used = 0;
      }
      current.push(row);
      used += height;
    }
    flush(continued);
  }
  return pages;
}
