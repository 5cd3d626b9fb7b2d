import { memo, type ReactNode } from 'react';
import { associationLabels } from '../../../shared/commands/associationKinds';
import { ASSOCIATION_LABEL } from '../../../shared/diagram/associationLabel';
import type { Diagram, DiagramBox, PoolBox, ServerBox, SiteBox, UserGroupBox } from '../../../shared/diagram/diagram';
import type { ChangeMark } from '../../../shared/diagram/stepGhosts';
import type { Bounds } from '../../../shared/print/paginate';
import { formatCount, formatKbps } from '../../../shared/wording/numbers';
import { floatingEndpoints } from '../canvas/edges/floating';
import { loadOf, strokeFor } from '../canvas/edges/LinkEdge';
import { ellipsize } from '../canvas/ellipsize';
import { styleOfPool } from '../ui/roleStyle';

/** Print colours: fixed, whatever the screen theme, so paper and exported images always look the same. */
export const PRINT_COLORS = {
  ok: '#16a34a',
  rtc: '#d97706',
  over: '#dc2626',
  ink: '#0f172a',
  muted: '#475569',
  line: '#cbd5e1',
  site: '#f8fafc',
  association: '#94a3b8',
  error: '#dc2626',
  warning: '#d97706',
  info: '#0284c7',
  added: '#16a34a',
  changed: '#7c3aed',
  removed: '#64748b',
} as const;
/** How a Lync Server 2010 pool's and server's border is dashed; a ghost's lines are dashed longer. */
export const LEGACY_DASH = '5 3';
const GHOST_DASH = '8 6';
/** A ghost is drawn at this opacity: there to read, plainly not part of the state. */
const GHOST_OPACITY = 0.45;
const MARK_TITLES: Record<ChangeMark, string> = {
  added: 'Added in this step',
  changed: 'Changed in this step',
  removed: 'Removed in this step: shown as it was before it',
};
const FONT = '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';
const MONO = '"Cascadia Mono", Consolas, "Liberation Mono", monospace';

/**
 * The design as one SVG drawing: sites, pools with their role colour, FQDN and load, servers, user groups, WAN
 * links coloured by utilisation with demand and capacity, associations with their kind. Vector, so a printed
 * or exported diagram is sharp at any scale, and independent of the canvas's zoom. Lync Server 2010 pools and
 * servers have dashed borders and a "2010" tag; a step's diagram rings what the step adds or changes, with a tag
 * and a title, and draws what it removes faded, dashed and struck through.
 */
export const DiagramSvg = memo(function DiagramSvg({
  diagram,
  viewBox,
  background,
  width,
  height,
  title,
}: {
  diagram: Diagram;
  viewBox: Bounds;
  background: 'white' | 'transparent';
  /** CSS size of the drawing; defaults to the viewBox in pixels. */
  width?: string | number;
  height?: string | number;
  title?: string;
}) {
  const boxOf = new Map(diagram.boxes.map((box) => [box.id, box]));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${viewBox.x} ${viewBox.y} ${Math.max(1, viewBox.width)} ${Math.max(1, viewBox.height)}`}
      width={width ?? Math.max(1, viewBox.width)}
      height={height ?? Math.max(1, viewBox.height)}
      fontFamily={FONT}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={title ?? 'Diagram'}
      data-testid="diagram-svg"
    >
      {title ? <title>{title}</title> : null}
      {background === 'white' ? (
        <rect x={viewBox.x} y={viewBox.y} width={viewBox.width} height={viewBox.height} fill="#ffffff" />
      ) : null}
      {diagram.boxes.map((box) => (box.kind === 'site' ? <SiteShape key={box.id} box={box} /> : null))}
      {diagram.lines.map((line) => {
        const a = boxOf.get(line.source);
        const b = boxOf.get(line.target);
        if (!a || !b) return null;
        if (line.kind === 'link') {
          const ends = floatingEndpoints(a, b);
          const mid = { x: (ends.sx + ends.tx) / 2, y: (ends.sy + ends.ty) / 2 };
          const figures = line.figures;
          const color = PRINT_COLORS[loadOf(line)];
          const main = figures
            ? `${formatKbps(figures.demandKbps).replace(' kbps', '')} / ${formatKbps(figures.capacityKbps)}`
            : '';
          const sub = figures ? `${figures.utilizationPercent}% · RTC ${formatKbps(figures.rtcAllowanceKbps)}` : '';
          const w = Math.max(main.length, sub.length) * 6.6 + 16;
          const width = strokeFor(figures?.capacityKbps ?? 512);
          return (
            <g key={line.id} {...lineMarking(line.mark)}>
              {line.mark ? <title>{MARK_TITLES[line.mark]}</title> : null}
              {line.mark === 'added' || line.mark === 'changed' ? (
                <line
                  x1={ends.sx}
                  y1={ends.sy}
                  x2={ends.tx}
                  y2={ends.ty}
                  stroke={PRINT_COLORS[line.mark]}
                  strokeOpacity={0.35}
                  strokeWidth={width + 6}
                  strokeLinecap="round"
                />
              ) : null}
              <line
                x1={ends.sx}
                y1={ends.sy}
                x2={ends.tx}
                y2={ends.ty}
                stroke={line.mark === 'removed' ? PRINT_COLORS.removed : color}
                strokeWidth={width}
                strokeLinecap="round"
                strokeDasharray={line.mark === 'removed' ? GHOST_DASH : undefined}
              />
              {figures ? (
                <g>
                  <rect x={mid.x - w / 2} y={mid.y - 17} width={w} height={34} rx={6} fill="#ffffff" stroke={color} />
                  <text
                    x={mid.x}
                    y={mid.y - 2}
                    textAnchor="middle"
                    fontSize={12}
                    fontWeight={600}
                    fill={PRINT_COLORS.ink}
                  >
                    {main}
                  </text>
                  <text x={mid.x} y={mid.y + 12} textAnchor="middle" fontSize={10.5} fill={PRINT_COLORS.muted}>
                    {sub}
                  </text>
                </g>
              ) : null}
            </g>
          );
        }
        // The route and label box the canvas draws (shared/geometry/routeAssociation), text centred in it.
        const { points, label } = line.route;
        const ringed = line.mark === 'added' || line.mark === 'changed';
        return (
          <g key={line.id} {...lineMarking(line.mark)}>
            {line.mark ? <title>{MARK_TITLES[line.mark]}</title> : null}
            <polyline
              points={points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke={ringed ? PRINT_COLORS[line.mark!] : PRINT_COLORS.association}
              strokeWidth={ringed ? 2.5 : 1.5}
              strokeDasharray={line.mark === 'removed' ? GHOST_DASH : undefined}
            />
            <rect
              x={label.x}
              y={label.y}
              width={label.width}
              height={label.height}
              rx={4}
              fill="#ffffff"
              stroke={ringed ? PRINT_COLORS[line.mark!] : PRINT_COLORS.line}
            />
            <text
              x={label.x + label.width / 2}
              y={label.y + 12}
              textAnchor="middle"
              fontSize={ASSOCIATION_LABEL.fontSize}
              fill={PRINT_COLORS.muted}
              textDecoration={line.mark === 'removed' ? 'line-through' : undefined}
            >
              {associationLabels[line.associationKind]}
            </text>
          </g>
        );
      })}
      {diagram.boxes.map((box) => {
        switch (box.kind) {
          case 'pool':
            return <PoolShape key={box.id} box={box} />;
          case 'server':
            return <ServerShape key={box.id} box={box} />;
          case 'userGroup':
            return <GroupShape key={box.id} box={box} />;
          default:
            return null;
        }
      })}
    </svg>
  );
});

/** A line's mark: a ghost line is faded (its stroke dashed where it is drawn); others are drawn as they are. */
function lineMarking(mark: ChangeMark | undefined): { opacity?: number; 'data-mark'?: ChangeMark } {
  if (!mark) return {};
  return mark === 'removed' ? { opacity: GHOST_OPACITY, 'data-mark': mark } : { 'data-mark': mark };
}

/**
 * A box with its mark: an added or changed box gets a ring outside its border and a tag on its top edge, a ghost is
 * faded with a "removed" tag; each says what happened in its title, for a screen reader and a hover. Servers are too
 * small for a tag and keep the ring (or the fading) and the title.
 */
function MarkedBox({ box, children }: { box: DiagramBox; children: ReactNode }) {
  const { mark } = box;
  if (!mark) return children;
  const ghost = mark === 'removed';
  const tagWidth = mark.length * 6.2 + 10;
  return (
    <g opacity={ghost ? GHOST_OPACITY : undefined} data-mark={mark}>
      <title>{MARK_TITLES[mark]}</title>
      {ghost ? null : (
        <rect
          x={box.x - 4}
          y={box.y - 4}
          width={box.width + 8}
          height={box.height + 8}
          rx={box.kind === 'userGroup' ? (box.height + 8) / 2 : 11}
          fill="none"
          stroke={PRINT_COLORS[mark]}
          strokeWidth={3}
        />
      )}
      {children}
      {box.kind === 'server' ? null : (
        <g>
          <rect x={box.x + 12} y={box.y - 8} width={tagWidth} height={15} rx={3} fill={PRINT_COLORS[mark]} />
          <text x={box.x + 17} y={box.y + 3} fontSize={10} fontWeight={700} fill="#ffffff">
            {mark}
          </text>
        </g>
      )}
    </g>
  );
}

/** A ghost's caption is struck through. */
const struck = (box: DiagramBox) => (box.mark === 'removed' ? 'line-through' : undefined);

function Badge({
  x,
  y,
  severity,
  count,
}: {
  x: number;
  y: number;
  severity: 'error' | 'warning' | 'info';
  count: number;
}) {
  return (
    <g>
      <circle cx={x} cy={y} r={9} fill={PRINT_COLORS[severity]} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="#ffffff">
        {count > 1 ? count : severity === 'info' ? 'i' : '!'}
      </text>
    </g>
  );
}

function SiteShape({ box }: { box: SiteBox }) {
  const { site, users, servers, findings } = box;
  return (
    <MarkedBox box={box}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={10}
        fill={PRINT_COLORS.site}
        stroke={PRINT_COLORS.line}
        strokeWidth={1.5}
        strokeDasharray={site.kind === 'branch' || box.mark === 'removed' ? '6 4' : undefined}
      />
      <text
        x={box.x + 14}
        y={box.y + 22}
        fontSize={14}
        fontWeight={600}
        fill={PRINT_COLORS.ink}
        textDecoration={struck(box)}
      >
        {ellipsize(site.name, 40)}
      </text>
      <text x={box.x + 14} y={box.y + 37} fontSize={10} fill={PRINT_COLORS.muted} letterSpacing={0.5}>
        {site.kind === 'central' ? 'CENTRAL SITE' : 'BRANCH SITE'}
      </text>
      <text x={box.x + box.width - 14} y={box.y + 28} textAnchor="end" fontSize={12} fill={PRINT_COLORS.muted}>
        {formatCount(users)} users · {servers} servers
      </text>
      {findings ? (
        <Badge x={box.x + box.width - 4} y={box.y + 4} severity={findings.worst} count={findings.count} />
      ) : null}
    </MarkedBox>
  );
}

function PoolShape({ box }: { box: PoolBox }) {
  const { pool, figures, findings } = box;
  const style = styleOfPool(pool);
  const load =
    figures?.capacityUsers !== undefined
      ? `${formatCount(figures.users)} / ${formatCount(figures.capacityUsers)} users`
      : figures && figures.users > 0
        ? `${formatCount(figures.users)} users`
        : '';
  const over = figures?.loadPercent !== undefined && figures.loadPercent > 100;
  return (
    <MarkedBox box={box}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={8}
        fill={box.legacy ? '#f1f5f9' : '#ffffff'}
        stroke={over ? PRINT_COLORS.over : box.legacy ? PRINT_COLORS.muted : PRINT_COLORS.line}
        strokeWidth={box.legacy ? 1.5 : 1}
        strokeDasharray={box.legacy ? LEGACY_DASH : undefined}
      />
      <rect x={box.x} y={box.y} width={5} height={box.height} rx={2} fill={style.color} />
      <text x={box.x + 16} y={box.y + 20} fontSize={10.5} fontWeight={700} fill={style.color} letterSpacing={0.5}>
        {style.short.toUpperCase()}
        {pool.version === 2010 ? ' · 2010' : ''}
      </text>
      <text
        x={box.x + 16}
        y={box.y + 37}
        fontSize={13}
        fontWeight={600}
        fill={PRINT_COLORS.ink}
        textDecoration={struck(box)}
      >
        {ellipsize(pool.fqdn, 44)}
      </text>
      <text x={box.x + 16} y={box.y + 56} fontSize={11.5} fill={PRINT_COLORS.muted}>
        {box.mark === 'removed'
          ? 'not in this state'
          : `${figures?.servers ?? 0} ${figures?.servers === 1 ? 'server' : 'servers'}`}
      </text>
      {load ? (
        <text
          x={box.x + box.width - 12}
          y={box.y + 56}
          textAnchor="end"
          fontSize={11.5}
          fontWeight={over ? 700 : 400}
          fill={over ? PRINT_COLORS.over : PRINT_COLORS.muted}
        >
          {load}
        </text>
      ) : null}
      {findings ? (
        <Badge x={box.x + box.width - 2} y={box.y + 2} severity={findings.worst} count={findings.count} />
      ) : null}
    </MarkedBox>
  );
}

function ServerShape({ box }: { box: ServerBox }) {
  const { server, findings } = box;
  const down = server.running === false;
  return (
    <MarkedBox box={box}>
      <g opacity={down ? 0.5 : 1}>
        <rect
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={5}
          fill="#f8fafc"
          stroke={box.legacy ? PRINT_COLORS.muted : PRINT_COLORS.line}
          strokeDasharray={box.legacy ? LEGACY_DASH : undefined}
        />
        <text
          x={box.x + 10}
          y={box.y + box.height / 2 + 4}
          fontSize={11.5}
          fontFamily={MONO}
          fill={PRINT_COLORS.ink}
          textDecoration={down ? 'line-through' : struck(box)}
        >
          {ellipsize(server.fqdn.split('.')[0] ?? server.fqdn, 14)}
        </text>
        {findings ? (
          <Badge x={box.x + box.width - 2} y={box.y + 2} severity={findings.worst} count={findings.count} />
        ) : null}
      </g>
    </MarkedBox>
  );
}

function GroupShape({ box }: { box: UserGroupBox }) {
  const { group, homeName, findings } = box;
  return (
    <MarkedBox box={box}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={box.height / 2}
        fill="#ffffff"
        stroke={PRINT_COLORS.line}
      />
      <circle cx={box.x + 30} cy={box.y + box.height / 2} r={17} fill="#ccfbf1" />
      <text
        x={box.x + 30}
        y={box.y + box.height / 2 + 4}
        textAnchor="middle"
        fontSize={11}
        fontWeight={700}
        fill="#0f766e"
      >
        {group.count >= 1000 ? `${Math.round(group.count / 1000)}k` : group.count}
      </text>
      <text
        x={box.x + 56}
        y={box.y + 27}
        fontSize={13}
        fontWeight={600}
        fill={PRINT_COLORS.ink}
        textDecoration={struck(box)}
      >
        {formatCount(group.count)} users
      </text>
      <text x={box.x + 56} y={box.y + 43} fontSize={10.5} fill={PRINT_COLORS.muted}>
        {ellipsize(`${group.name ? `${group.name} · ` : ''}on ${homeName}`, 26)}
      </text>
      {findings ? (
        <Badge x={box.x + box.width - 4} y={box.y + 4} severity={findings.worst} count={findings.count} />
      ) : null}
    </MarkedBox>
  );
}
