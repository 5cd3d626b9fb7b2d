import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { associationLabels } from '../../../../shared/commands/associationKinds';
import type { AssociationEdgeData } from '../deriveFlow';
import { EdgeLabel } from './EdgeLabel';
import { useFloatingEdge } from './useFloatingEdge';

/** A typed dependency between pools (back end, edge, next hop...), drawn as a labelled arrow. */
export const AssociationEdge = memo(function AssociationEdge({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<Edge<AssociationEdgeData, 'association'>>) {
  const ends = useFloatingEdge(source, target);
  if (!ends || !data) return null;
  const path = `M ${ends.sx},${ends.sy} L ${ends.tx},${ends.ty}`;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`association-edge association-${data.kind}${selected ? ' is-selected' : ''}`}
        interactionWidth={14}
      />
      <EdgeLabel>
        <div
          className={`association-label${selected ? ' is-selected' : ''} nodrag nopan`}
          style={{
            transform: `translate(-50%, -50%) translate(${(ends.sx + ends.tx) / 2}px, ${(ends.sy + ends.ty) / 2}px)`,
          }}
        >
          {associationLabels[data.kind]}
        </div>
      </EdgeLabel>
    </>
  );
});
