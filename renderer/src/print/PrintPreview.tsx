import { useMemo } from 'react';
import { setPageSetup } from '../../../shared/commands/setPageSetup';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import {
  DEFAULT_PAGE_SETUP,
  type PageSetup,
  type Paper,
  type PrintExtras,
  paperNames,
  paperSize,
} from '../../../shared/print/pageSetup';
import { paginate } from '../../../shared/print/paginate';
import { host, unwrap } from '../contract/contractClient';
import { applyCommand, useDocument } from '../state/documentStore';
import type { StateView } from '../state/stateView';
import { notify, useUi } from '../state/uiStore';
import { useAppInfo } from '../ui/appInfo';
import { showError } from '../ui/showError';
import { DiagramSvg } from './DiagramSvg';
import { PrintPages, printsRunbook } from './PrintPages';

export const PRINT_ROUTE = '#/print';
export const openPrintPreview = (): void => {
  window.location.hash = PRINT_ROUTE;
};
export const closePrintPreview = (): void => {
  window.location.hash = '';
};

const EXTRAS: Array<{ key: keyof PrintExtras; label: string }> = [
  { key: 'findings', label: 'Findings, by severity, with sources' },
  { key: 'billOfMaterials', label: 'Bill of materials by site and role, with hardware' },
  { key: 'bandwidth', label: 'Bandwidth of each WAN link' },
  { key: 'poolLoad', label: 'Load of each pool' },
];

/**
 * The print route: page setup on the left (kept in the design), and on the right the pages exactly as they will
 * print, with the page grid over the whole diagram. Printing prints this route alone (see app.css, @media print).
 */
export function PrintPreview() {
  const design = useDocument((s) => s.design)!;
  const validation = useDocument((s) => s.validation)!;
  // The diagram pages print what the canvas shows: for a plan, the selected state with its step's marks.
  const view = useDocument((s) => s.view)!;
  const collapsed = useUi((s) => s.collapsedSites);
  const info = useAppInfo();
  const setup = design.layout?.page ?? DEFAULT_PAGE_SETUP;
  const diagram = useMemo(
    () => designDiagram(view.design, view.validation, collapsed, view.diff),
    [view.design, view.validation, view.diff, collapsed],
  );
  const shown = useMemo(
    () =>
      view.stateId === undefined
        ? undefined
        : {
            design: view.design,
            validation: view.validation,
            label: shownStateLabel(view),
            marks: view.diff !== undefined,
          },
    [view],
  );
  // Tile edges keep clear of whole sites where the tiles leave room (paginate's keepWhole).
  const pagination = useMemo(
    () =>
      paginate(
        diagram.bounds,
        setup,
        diagram.boxes.filter((box) => box.kind === 'site'),
      ),
    [diagram, setup],
  );
  const change = (patch: Partial<PageSetup>) => applyCommand((d) => setPageSetup(d, { ...setup, ...patch }));
  const page = paperSize(setup);

  const print = async () => {
    if (!info?.nativeDialogs) {
      window.print();
      return;
    }
    try {
      await unwrap(host.print.print({ page }));
    } catch (error) {
      await showError('Could not print', error);
    }
  };
  const exportPdf = async () => {
    try {
      const result = await unwrap(host.print.pdf({ suggestedName: `${design.meta.name}.pdf`, page }));
      if (!('canceled' in result)) notify(`Exported ${result.path}`, 'success');
    } catch (error) {
      await showError('Could not export the PDF', error);
    }
  };

  const scaling = setup.scaling;
  return (
    <div className="print-preview" data-testid="print-preview">
      <aside className="print-setup" aria-label="Page setup">
        <h2 className="print-setup-title">Print preview</h2>
        <label className="field">
          <span className="field-label">Paper</span>
          <select
            className="field-input"
            value={setup.paper}
            onChange={(e) => change({ paper: e.target.value as Paper })}
          >
            {paperNames.map((paper) => (
              <option key={paper} value={paper}>
                {paper}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field print-radio">
          <legend className="field-label">Orientation</legend>
          {(['portrait', 'landscape'] as const).map((orientation) => (
            <label key={orientation}>
              <input
                type="radio"
                name="orientation"
                checked={setup.orientation === orientation}
                onChange={() => change({ orientation })}
              />{' '}
              {orientation === 'portrait' ? 'Portrait' : 'Landscape'}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">Margins (mm)</span>
          <input
            className="field-input"
            type="number"
            min={0}
            max={50}
            value={setup.marginMm}
            onChange={(e) => e.target.value !== '' && change({ marginMm: Number(e.target.value) })}
          />
        </label>
        <fieldset className="field print-radio">
          <legend className="field-label">Scaling</legend>
          <label>
            <input
              type="radio"
              name="scaling"
              checked={scaling.mode === 'fitToOne'}
              onChange={() => change({ scaling: { mode: 'fitToOne' } })}
            />{' '}
            Fit to one page
          </label>
          <label>
            <input
              type="radio"
              name="scaling"
              checked={scaling.mode === 'fitToPages'}
              onChange={() => change({ scaling: { mode: 'fitToPages', columns: 2, rows: 2 } })}
            />{' '}
            Fit to pages
          </label>
          {scaling.mode === 'fitToPages' ? (
            <span className="print-inline">
              <input
                aria-label="Pages across"
                className="field-input"
                type="number"
                min={1}
                max={20}
                value={scaling.columns}
                onChange={(e) =>
                  Number(e.target.value) >= 1 && change({ scaling: { ...scaling, columns: Number(e.target.value) } })
                }
              />
              <span>across ×</span>
              <input
                aria-label="Pages down"
                className="field-input"
                type="number"
                min={1}
                max={20}
                value={scaling.rows}
                onChange={(e) =>
                  Number(e.target.value) >= 1 && change({ scaling: { ...scaling, rows: Number(e.target.value) } })
                }
              />
              <span>down</span>
            </span>
          ) : null}
          <label>
            <input
              type="radio"
              name="scaling"
              checked={scaling.mode === 'fixed'}
              onChange={() => change({ scaling: { mode: 'fixed', percent: 100 } })}
            />{' '}
            Fixed scale
          </label>
          {scaling.mode === 'fixed' ? (
            <span className="print-inline">
              <input
                aria-label="Scale (%)"
                className="field-input"
                type="number"
                min={5}
                max={400}
                value={scaling.percent}
                onChange={(e) =>
                  Number(e.target.value) >= 5 && change({ scaling: { mode: 'fixed', percent: Number(e.target.value) } })
                }
              />
              <span>%</span>
            </span>
          ) : null}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">Extra pages</legend>
          {(design.migration?.steps.length ?? 0) > 0 ? (
            <label className="print-check">
              <input
                type="checkbox"
                checked={printsRunbook(design, setup)}
                onChange={(e) => change({ extras: { ...setup.extras, runbook: e.target.checked } })}
              />{' '}
              Migration runbook: each step with its diagram, actions, procedures and findings
            </label>
          ) : null}
          {EXTRAS.map(({ key, label }) => (
            <label key={key} className="print-check">
              <input
                type="checkbox"
                checked={setup.extras?.[key] ?? false}
                onChange={(e) => change({ extras: { ...setup.extras, [key]: e.target.checked } })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <p className="muted" data-testid="print-summary">
          {pagination.pages.length} diagram {pagination.pages.length === 1 ? 'page' : 'pages'} ({pagination.columns} ×{' '}
          {pagination.rows}) at {Math.round(pagination.scale * 100)}%, {setup.paper} {setup.orientation}.
        </p>
        {pagination.notes.map((note) => (
          <p key={note} className="print-note" role="status" data-testid="print-note">
            {note}
          </p>
        ))}
        <div className="print-overview" role="img" aria-label="Page grid">
          <DiagramSvg
            diagram={diagram}
            viewBox={overviewBox(pagination)}
            background="white"
            width="100%"
            height={180}
          />
          <svg
            aria-hidden="true"
            className="print-overview-grid"
            viewBox={svgBox(overviewBox(pagination))}
            width="100%"
            height={180}
            preserveAspectRatio="xMidYMid meet"
          >
            {pagination.pages.map((p) => (
              <g key={p.index}>
                <rect
                  x={p.viewport.x}
                  y={p.viewport.y}
                  width={p.viewport.width}
                  height={p.viewport.height}
                  fill="rgba(37, 99, 235, 0.04)"
                  stroke="#2563eb"
                  strokeWidth={1.5}
                  vectorEffect="non-scaling-stroke"
                />
                <text
                  x={p.viewport.x + p.viewport.width / 2}
                  y={p.viewport.y + p.viewport.height / 2}
                  textAnchor="middle"
                  fill="#2563eb"
                  fontSize={Math.min(p.viewport.width, p.viewport.height) / 4}
                >
                  {p.index + 1}
                </text>
              </g>
            ))}
          </svg>
        </div>
        <div className="print-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void print()}
            data-testid="print-button"
          >
            Print…
          </button>
          {info?.nativeDialogs ? (
            <button type="button" className="button" onClick={() => void exportPdf()}>
              Export PDF…
            </button>
          ) : (
            <p className="muted">In a browser, Print → "Save as PDF" makes the PDF.</p>
          )}
          <button type="button" className="button" onClick={closePrintPreview} data-testid="close-preview">
            Close preview
          </button>
        </div>
      </aside>
      <main className="print-stage">
        <PrintPages
          design={design}
          validation={validation}
          diagram={diagram}
          setup={setup}
          pagination={pagination}
          collapsed={collapsed}
          {...(shown ? { shown } : {})}
        />
      </main>
    </div>
  );
}

function overviewBox(pagination: ReturnType<typeof paginate>) {
  const left = Math.min(...pagination.pages.map((p) => p.viewport.x));
  const top = Math.min(...pagination.pages.map((p) => p.viewport.y));
  const right = Math.max(...pagination.pages.map((p) => p.viewport.x + p.viewport.width));
  const bottom = Math.max(...pagination.pages.map((p) => p.viewport.y + p.viewport.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
const svgBox = (box: { x: number; y: number; width: number; height: number }) =>
  `${box.x} ${box.y} ${box.width} ${box.height}`;

/** "Start" or "After step 3": the state a printed diagram shows, as its title block says it. */
function shownStateLabel(view: StateView): string {
  return view.stepIndex === undefined || view.stepIndex < 0 ? 'Start' : `After step ${view.stepIndex + 1}`;
}
