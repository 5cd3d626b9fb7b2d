import type { Design } from '../../../shared/model/design';
import type { PagedSection, RunbookPage } from '../../../shared/print/runbookPages';
import { pageTitle, runbookDiagramBox } from '../../../shared/print/runbookPages';
import { stateLabel } from '../../../shared/report/statesSpan';
import { SourceLink } from '../ui/SourceLink';
import { DiagramSvg } from './DiagramSvg';
import { type RunbookLineItem, type RunbookSheet, runbookTitle } from './runbookSheets';
import { TitleBlock } from './TitleBlock';

/**
 * The runbook's pages, as they print: per state of the plan its title (again on a page that goes on with it), its
 * diagram with the step's changes beside it, then its actions, the guide's procedures and its findings.
 */
export function RunbookPages({
  design,
  sheets,
  pages,
  paper,
  area,
  marginMm,
  firstPage,
  pageCount,
}: {
  design: Design;
  sheets: readonly RunbookSheet[];
  pages: ReadonlyArray<RunbookPage<RunbookLineItem>>;
  paper: { widthMm: number; heightMm: number };
  area: { widthMm: number; heightMm: number };
  marginMm: number;
  /** The number of the first runbook page among all the printed pages. */
  firstPage: number;
  pageCount: number;
}) {
  const box = runbookDiagramBox(area);
  return (
    <>
      {pages.map((page, i) => {
        const { state, diagram, changes } = sheets[page.state]!;
        return (
          <section
            key={`r${i}`}
            className="print-page print-runbook-page"
            data-testid="print-page"
            data-runbook-state={state.id}
            style={{ width: `${paper.widthMm}mm`, height: `${paper.heightMm}mm`, padding: `${marginMm}mm` }}
          >
            <div className="print-area" style={{ width: `${area.widthMm}mm`, height: `${area.heightMm}mm` }}>
              <h2 className="runbook-title" data-testid="runbook-title">
                {pageTitle(runbookTitle(state), page.continued)}
              </h2>
              {page.parts.map((part, p) =>
                part.kind === 'diagram' ? (
                  <div key={p} className="runbook-diagram-row" style={{ height: `${part.heightMm}mm` }}>
                    <div
                      className="runbook-diagram"
                      style={{ width: `${box.widthMm}mm`, height: `${part.heightMm}mm` }}
                    >
                      <DiagramSvg
                        diagram={diagram}
                        viewBox={diagram.bounds}
                        background="white"
                        width={`${box.widthMm}mm`}
                        height={`${part.heightMm}mm`}
                        title={state.title}
                      />
                    </div>
                    <div className="runbook-side" style={{ width: `${box.sideMm}mm` }} data-testid="runbook-changes">
                      <RunbookSection section={part.side} />
                    </div>
                  </div>
                ) : (
                  <RunbookSection key={p} section={part} />
                ),
              )}
            </div>
            <TitleBlock
              design={design}
              pageNumber={firstPage + i}
              pageCount={pageCount}
              state={`Runbook, ${stateLabel(state)}`}
              marks={changes !== undefined}
            />
          </section>
        );
      })}
    </>
  );
}

function RunbookSection({ section }: { section: PagedSection<RunbookLineItem> }) {
  return (
    <div className="runbook-section">
      {section.title ? (
        <h3 className="runbook-heading">
          {section.title}
          {section.continued ? ' (continued)' : ''}
        </h3>
      ) : null}
      {section.items.map((item, i) => {
        const depth = section.depths[i] ?? 0;
        return (
          <div
            key={i}
            className={`runbook-line${item.severity ? ` runbook-${item.severity}` : ''}`}
            style={{ paddingLeft: `${(depth + 1) * 5}mm` }}
          >
            {item.marker && !item.severity ? (
              <span className="runbook-marker" style={{ left: `${depth * 5}mm` }}>
                {item.marker}
              </span>
            ) : null}
            {item.severity ? <strong className="runbook-severity">{item.marker} </strong> : null}
            {item.text}
            {item.source ? (
              <>
                {' ('}
                <SourceLink source={item.source} short className="print-source" />)
              </>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
