import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatKbps } from '../../../../shared/wording/numbers';
import type { LinkEdgeData } from '../deriveFlow';
import { CHANGE_WORDS, markClass } from '../nodes/ChangeTag';
import { EdgeLabel } from './EdgeLabel';
import { useFloatingEdge } from './useFloatingEdge';

export type LinkLoad = 'ok' | 'rtc' | 'over';

/** ok within the real-time share, rtc above it, over above the capacity. */
export function loadOf(data: LinkEdgeData | undefined): LinkLoad {
  const figures = data?.figures;
  if (!figures) return 'ok';
  if (figures.demandKbps > figures.capacityKbps) return 'over';
  if (figures.demandKbps > figures.rtcAllowanceKbps) return 'rtc';
  return 'ok';
}

/** Thicker for faster links: 2 px at 512 kbps to 8 px at 1 Gbps and above. */
export function strokeFor(capacityKbps: number): number {
  return Math.max(2, Math.min(8, 2 + Math.log2(Math.max(1, capacityKbps / 512)) * 0.55));
}

/** What a link's label says, in one line: the hover text of the line, which is all there is when zoomed far out. */
export function linkSummary(figures: LinkEdgeData['figures']): string {
  if (!figures) return 'WAN link';
  return `${formatKbps(figures.demandKbps)} of ${formatKbps(figures.capacityKbps)} each way (${figures.utilizationPercent}%); real-time share ${formatKbps(figures.rtcAllowanceKbps)}`;
}

/** A WAN link: drawn thicker for capacity, coloured by load, labelled with demand and capacity. */
export const LinkEdge = memo(function LinkEdge({
  id,
  source,
  target,
  data,
  selected,
}: EdgeProps<Edge<LinkEdgeData, 'link'>>) {
  const ends = useFloatingEdge(source, target);
  if (!ends) return null;
  const load = loadOf(data);
  const figures = data?.figures;
  const path = `M ${ends.sx},${ends.sy} L ${ends.tx},${ends.ty}`;
  const midX = (ends.sx + ends.tx) / 2;
  const midY = (ends.sy + ends.ty) / 2;
  return (
    <>
      <title>{`${linkSummary(figures)}${data?.mark ? ` (${CHANGE_WORDS[data.mark].title.toLowerCase()})` : ''}`}</title>
      <BaseEdge
        id={id}
        path={path}
        className={`link-edge link-${load}${selected ? ' is-selected' : ''}${markClass(data?.mark)}`}
        style={{ strokeWidth: strokeFor(figures?.capacityKbps ?? 512) }}
        interactionWidth={18}
      />
      <EdgeLabel>
        <div
          className={`link-label link-label-${load}${selected ? ' is-selected' : ''}${markClass(data?.mark)} nodrag nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${midX}px, ${midY}px)` }}
          data-testid="link-label"
          data-load={load}
          data-mark={data?.mark}
        >
          {figures ? (
            <>
              <span className="link-label-main">
                {formatKbps(figures.demandKbps).replace(' kbps', '')} / {formatKbps(figures.capacityKbps)}
              </span>
              <span className="link-label-sub">
                {figures.utilizationPercent}% · RTC {formatKbps(figures.rtcAllowanceKbps)}
              </span>
            </>
          ) : null}
        </div>
      </EdgeLabel>
    </>
  );
});
