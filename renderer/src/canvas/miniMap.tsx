import type { MiniMapNodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './deriveFlow';

const SKIP = 'minimap-skip';

/** The minimap draws sites and pools; servers and user groups are too small to see there. */
export const miniMapClass = (node: FlowNode): string => (node.type === 'site' || node.type === 'pool' ? 'minimap-box' : SKIP);

/**
 * One box of the minimap, or nothing for a server or group. Fewer boxes matter: the minimap repaints on every
 * drag frame, and 1,460 rectangles cost more to raster than the rest of the frame's changes.
 */
export const MiniMapBox = memo(function MiniMapBox({ x, y, width, height, color, className, borderRadius }: MiniMapNodeProps) {
  if (className.includes(SKIP)) return null;
  return <rect className={className} x={x} y={y} width={width} height={height} rx={borderRadius} ry={borderRadius} fill={color} />;
});
