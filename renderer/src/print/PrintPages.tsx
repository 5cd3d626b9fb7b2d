import { useEffect, useMemo } from 'react';
import type { Diagram } from '../../../shared/diagram/diagram';
import { diagramWithin } from '../../../shared/diagram/diagramParts';
import type { Design } from '../../../shared/model/design';
import type { PageSetup } from '../../../shared/print/pageSetup';
import { type Pagination, PX_PER_MM } from '../../../shared/print/paginate';
import { type ReportTableKey, reportTables } from '../../../shared/report/formatReport';
import { planningReport } from '../../../shared/report/planningReport';
import type { WaivedValidation } from '../../../shared/waivers/applyWaivers';
import { SourceLink } from '../ui/SourceLink';
import { DiagramSvg } from './DiagramSvg';
import { RunbookPages } from './RunbookPages';
import { reportPages } from './reportPages';
import { runbookSheets } from './runbookSheets';
import { TitleBlock } from './TitleBlock';

/** The report tables each extra page of the print setup adds; the findings bring the waived ones with their reasons. */
const EXTRA_KEYS: Array<{ keys: ReportTableKey[]; setting: keyof NonNullable<PageSetup['extras']> }> = [
  { keys: ['findings', 'waived', 'staleWaivers'], setting: 'findings' },
  { keys: ['billOfMaterials'], setting: 'billOfMaterials' },
  { keys: ['bandwidth'], setting: 'bandwidth' },
  { keys: ['poolLoad'], setting: 'poolLoad' },
];

/** Whether the runbook prints: on by default for a design with a plan (the setup's `extras.runbook` says otherwise). */
export const printsRunbook = (design: Design, setup: PageSetup): boolean =>
  (design.migration?.steps.length ?? 0) > 0 && (setup.extras?.runbook ?? true);

/** The pages of a printout, exactly as they print: paper-sized boxes in millimetres, one after another. */
export function PrintPages({
  design,
  validation,
  diagram,
  setup,
  pagination,
  collapsed,
  shown,
}: {
  design: Design;
  validation: WaivedValidation;
  /**
   * For a design with a plan, the state on screen (the diagram is of it): the tables are of it too, and its pages
   * say which state they show. The runbook is always the whole plan's, from `design`.
   */
  shown?: { design: Design; validation: WaivedValidation; label: string; marks: boolean };
  diagram: Diagram;
  setup: PageSetup;
  pagination: Pagination;
  collapsed: ReadonlySet<string>;
}) {
  const withRunbook = printsRunbook(design, setup);
  const { widthMm: areaWidth, heightMm: areaHeight } = pagination.area;
  const book = useMemo(
    () => (withRunbook ? runbookSheets(design, collapsed, { widthMm: areaWidth, heightMm: areaHeight }) : undefined),
    [withRunbook, design, collapsed, areaWidth, areaHeight],
  );
  const runbookCount = book?.pages.length ?? 0;
  const tables = useMemo(() => {
    const chosen = EXTRA_KEYS.filter(({ setting }) => setup.extras?.[setting]).flatMap(({ keys }) => keys);
    if (chosen.length === 0) return [];
    const all = reportTables(planningReport(shown?.design ?? design, shown?.validation ?? validation));
    // A design without waivers has no waiver tables.
    return reportPages(
      chosen.flatMap((key) => all.filter((table) => table.key === key)),
      pagination.area,
    );
  }, [design, validation, shown, setup.extras, pagination.area]);
  const total = pagination.pages.length + runbookCount + tables.length;
  const { paper, area } = pagination;
  const tiled = pagination.pages.length > 1;
  usePageRule(paper.widthMm, paper.heightMm);
  return (
    <div className="print-pages" data-testid="print-pages">
      {pagination.pages.map((page) => (
        <section
          key={page.index}
          className="print-page"
          data-testid="print-page"
          style={{ width: `${paper.widthMm}mm`, height: `${paper.heightMm}mm`, padding: `${setup.marginMm}mm` }}
        >
          <div className="print-area" style={{ width: `${area.widthMm}mm`, height: `${area.heightMm}mm` }}>
            <DiagramSvg
              diagram={pagination.pages.length > 1 ? diagramWithin(diagram, page.viewport) : diagram}
              viewBox={page.viewport}
              background="white"
              width={`${area.widthMm}mm`}
              height={`${area.heightMm}mm`}
            />
            {tiled ? <TileMarks pagination={pagination} row={page.row} column={page.column} /> : null}
          </div>
          <TitleBlock
            design={design}
            pageNumber={page.index + 1}
            pageCount={total}
            tile={
              tiled
                ? { row: page.row, column: page.column, rows: pagination.rows, columns: pagination.columns }
                : undefined
            }
            scale={pagination.scale}
            {...(shown ? { state: shown.label, marks: shown.marks } : {})}
          />
        </section>
      ))}
      {book ? (
        <RunbookPages
          design={design}
          sheets={book.sheets}
          pages={book.pages}
          paper={paper}
          area={area}
          marginMm={setup.marginMm}
          firstPage={pagination.pages.length + 1}
          pageCount={total}
        />
      ) : null}
      {tables.map((table, i) => (
        <section
          key={`t${i}`}
          className="print-page print-report-page"
          data-testid="print-page"
          style={{ width: `${paper.widthMm}mm`, height: `${paper.heightMm}mm`, padding: `${setup.marginMm}mm` }}
        >
          <div className="print-area" style={{ width: `${area.widthMm}mm`, height: `${area.heightMm}mm` }}>
            <h2 className="print-table-title">
              {table.title}
              {table.continued ? ' (continued)' : ''}
            </h2>
            <table className="print-table">
              <colgroup>
                {table.widths.map((width, c) => (
                  <col key={c} style={{ width: `${width}%` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column}>{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.length === 0 ? (
                  <tr>
                    <td colSpan={table.columns.length}>None.</td>
                  </tr>
                ) : null}
                {table.rows.map((row, r) => (
                  <tr
                    key={r}
                    className={table.key === 'findings' || table.key === 'waived' ? `row-${row[0]}` : undefined}
                  >
                    {row.map((cell, c) => (
                      <td key={c}>
                        {typeof cell === 'string' ? (
                          cell
                        ) : (
                          <SourceLink source={cell.source} short className="print-source" />
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <TitleBlock
            design={design}
            pageNumber={pagination.pages.length + runbookCount + i + 1}
            pageCount={total}
            {...(shown ? { state: shown.label } : {})}
          />
        </section>
      ))}
    </div>
  );
}

/**
 * Where this tile meets its neighbours: the overlap drawn as a dashed line with the neighbour's page number, and
 * corner marks, so the sheets can be trimmed and taped together.
 */
function TileMarks({ pagination, row, column }: { pagination: Pagination; row: number; column: number }) {
  const { area, overlapMm, columns } = pagination;
  const pageOf = (r: number, c: number) => r * columns + c + 1;
  const w = area.widthMm * PX_PER_MM;
  const h = area.heightMm * PX_PER_MM;
  const o = overlapMm * PX_PER_MM;
  const mark = 14;
  return (
    <svg
      aria-hidden="true"
      className="tile-marks"
      viewBox={`0 0 ${w} ${h}`}
      width={`${area.widthMm}mm`}
      height={`${area.heightMm}mm`}
      data-testid="tile-marks"
    >
      {[
        [0, 0, 1, 1],
        [w, 0, -1, 1],
        [0, h, 1, -1],
        [w, h, -1, -1],
      ].map(([x, y, dx, dy], i) => (
        <path
          key={i}
          d={`M ${x} ${y! + dy! * mark} L ${x} ${y} L ${x! + dx! * mark} ${y}`}
          stroke="#0f172a"
          strokeWidth={1.2}
          fill="none"
        />
      ))}
      {column < columns - 1 ? (
        <g>
          <line x1={w - o} y1={0} x2={w - o} y2={h} stroke="#64748b" strokeDasharray="4 4" />
          <text x={w - o - 4} y={14} textAnchor="end" fontSize={10} fill="#64748b">
            overlaps page {pageOf(row, column + 1)} →
          </text>
        </g>
      ) : null}
      {row < pagination.rows - 1 ? (
        <g>
          <line x1={0} y1={h - o} x2={w} y2={h - o} stroke="#64748b" strokeDasharray="4 4" />
          <text x={6} y={h - o - 4} fontSize={10} fill="#64748b">
            overlaps page {pageOf(row + 1, column)} ↓
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/**
 * The printer's page is the paper, with no margins of its own (the pages draw theirs). Set through a constructed
 * style sheet: the Content Security Policy refuses inline <style> elements.
 */
function usePageRule(widthMm: number, heightMm: number): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    };
  }, [widthMm, heightMm]);
}
