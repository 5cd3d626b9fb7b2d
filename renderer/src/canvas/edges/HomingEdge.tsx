import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useFloatingEdge } from './useFloatingEdge';

/** A faint dotted line from a user group to the pool it is homed on. */
export const HomingEdge = memo(function HomingEdge({ id, source, target }: EdgeProps) {
  const ends = useFloatingEdge(source, target);
  if (!ends) return null;
  return <BaseEdge id={id} path={`M ${ends.sx},${ends.sy} L ${ends.tx},${ends.ty}`} className="homing-edge" />;
});
