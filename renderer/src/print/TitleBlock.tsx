import type { Design } from '../../../shared/model/design';
import { Icon } from '../ui/icons';
import { ROLE_STYLES, styleOfPool } from '../ui/roleStyle';
import { PRINT_COLORS } from './DiagramSvg';

/** The date printed on every page: the day it was printed, in ISO form (unambiguous on any change board). */
export const printDate = (): string => new Date().toISOString().slice(0, 10);

/**
 * The foot of every page: the design's name and author, the date, "page x of y" (with row and column for a
 * tiled diagram, or the state of the plan a runbook page shows), and a legend of the role colours in the design and of the link colours.
 */
export function TitleBlock({
  design,
  pageNumber,
  pageCount,
  tile,
  scale,
  state,
}: {
  design: Design;
  pageNumber: number;
  pageCount: number;
  tile?: { row: number; column: number; rows: number; columns: number };
  scale?: number;
  /** Which state of the plan the page shows, short (the page's heading says it in full): "runbook, step 3". */
  state?: string;
}) {
  const roles = [...new Map(design.pools.map((pool) => [styleOfPool(pool).short, styleOfPool(pool)])).values()].slice(
    0,
    9,
  );
  return (
    <footer className="title-block" data-testid="title-block">
      <div className="title-block-design">
        <strong>{design.meta.name}</strong>
        <span>
          {design.meta.author ? `${design.meta.author} · ` : ''}printed {printDate()}
        </span>
      </div>
      <div className="title-block-legend">
        {roles.map((style) => (
          <span key={style.short} className="legend-item" style={{ color: style.color }}>
            <Icon name={style.icon} size={12} />
            <span className="legend-text">{style.short}</span>
          </span>
        ))}
        {roles.length === 0 ? <span className="legend-item">{ROLE_STYLES.frontEnd.short}…</span> : null}
        <span className="legend-item">
          <LegendLine color={PRINT_COLORS.ok} />
          link within real-time share
        </span>
        <span className="legend-item">
          <LegendLine color={PRINT_COLORS.rtc} />
          above share
        </span>
        <span className="legend-item">
          <LegendLine color={PRINT_COLORS.over} />
          over capacity
        </span>
      </div>
      <div className="title-block-page">
        <strong data-testid="page-number">
          Page {pageNumber} of {pageCount}
        </strong>
        {state ? <span data-testid="title-state">{state}</span> : null}
        <span>
          {tile ? `row ${tile.row + 1} of ${tile.rows}, column ${tile.column + 1} of ${tile.columns}` : ''}
          {scale !== undefined ? `${tile ? ' · ' : ''}scale ${Math.round(scale * 100)}%` : ''}
        </span>
      </div>
    </footer>
  );
}

/** A link colour in the legend, drawn (not a CSS background, which a browser may leave out of a printout). */
function LegendLine({ color }: { color: string }) {
  return (
    <svg width="22" height="6" aria-hidden>
      <line x1="1" y1="3" x2="21" y2="3" stroke={color} strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
