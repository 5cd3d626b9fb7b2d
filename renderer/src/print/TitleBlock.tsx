import type { Design } from '../../../shared/model/design';
import { Icon } from '../ui/icons';
import { ROLE_STYLES, styleOfPool } from '../ui/roleStyle';
import { LEGACY_DASH, PRINT_COLORS } from './DiagramSvg';

/** The date printed on every page: the day it was printed, in ISO form (unambiguous on any change board). */
export const printDate = (): string => new Date().toISOString().slice(0, 10);

/**
 * The foot of every page: the design's name and author, the date, "page x of y" (with row and column for a
 * tiled diagram, or the state of the plan a runbook page shows), and a legend of the role colours in the design and
 * of the link colours; of the Lync Server 2010 look when the design has 2010 pools, and of a step's marks on a page
 * that draws them (`marks`).
 */
export function TitleBlock({
  design,
  pageNumber,
  pageCount,
  tile,
  scale,
  state,
  marks,
}: {
  design: Design;
  pageNumber: number;
  pageCount: number;
  tile?: { row: number; column: number; rows: number; columns: number };
  scale?: number;
  /** Which state of the plan the page shows, short (the page's heading says it in full): "runbook, step 3". */
  state?: string;
  /** The page draws a step's changes: say what the rings and ghosts mean. */
  marks?: boolean;
}) {
  const legacy = design.pools.some((pool) => pool.version === 2010);
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
      <div className={marks ? 'title-block-legend is-dense' : 'title-block-legend'}>
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
        {legacy ? (
          <span className="legend-item" data-testid="print-legend-legacy">
            <LegendBox dash={LEGACY_DASH} stroke={PRINT_COLORS.muted} tag="2010" />
            Lync Server 2010
          </span>
        ) : null}
        {marks ? (
          <>
            <span className="legend-item">
              <LegendBox ring={PRINT_COLORS.added} />
              added
            </span>
            <span className="legend-item">
              <LegendBox ring={PRINT_COLORS.changed} />
              changed
            </span>
            <span className="legend-item">
              <LegendBox dash="4 3" stroke={PRINT_COLORS.removed} faded />
              removed
            </span>
          </>
        ) : null}
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

/** A box in the legend, drawn like the diagram draws it: dashed for 2010 (with its tag), ringed, or a faded ghost. */
function LegendBox({
  dash,
  stroke = PRINT_COLORS.line,
  ring,
  tag,
  faded,
}: {
  dash?: string;
  stroke?: string;
  ring?: string;
  tag?: string;
  faded?: boolean;
}) {
  return (
    <svg width="34" height="18" aria-hidden>
      <g opacity={faded ? 0.45 : 1}>
        {ring ? <rect x="1.5" y="1.5" width="31" height="15" rx="4" fill="none" stroke={ring} strokeWidth="2" /> : null}
        <rect x="4" y="4" width="26" height="10" rx="2" fill="#ffffff" stroke={stroke} strokeDasharray={dash} />
        {tag ? (
          <text x="17" y="12" textAnchor="middle" fontSize="8" fontWeight="700" fill={PRINT_COLORS.ink}>
            {tag}
          </text>
        ) : null}
        {faded ? <line x1="6" y1="9" x2="28" y2="9" stroke={stroke} /> : null}
      </g>
    </svg>
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
