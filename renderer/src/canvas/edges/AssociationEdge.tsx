import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { associationLabels } from '../../../../shared/commands/associationKinds';
import type { AssociationEdgeData } from '../deriveFlow';
import { CHANGE_WORDS, markClass } from '../nodes/ChangeTag';
import { EdgeLabel } from './EdgeLabel';
import { useAssociationRoute } from './useAssociationRoute';

/**
 * A typed dependency between pools (back end, edge, next hop...), drawn as an arrow round the boxes it does not
 * join, with its label whole, off every box (shared/geometry/routeAssociation).
 */
export const AssociationEdge = memo(function AssociationEdge({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<Edge<AssociationEdgeData, 'association'>>) {
  const route = useAssociationRoute(source, target, data);
  if (!route || !data) return null;
  const { label } = route;
  return (
    <>
      <BaseEdge
        id={id}
        path={route.path}
        markerEnd={markerEnd}
        className={`association-edge association-${data.kind}${selected ? ' is-selected' : ''}${markClass(data.mark)}`}
        interactionWidth={14}
      />
      <EdgeLabel>
        <div
          className={`association-label${selected ? ' is-selected' : ''}${markClass(data.mark)} nodrag nopan`}
          data-testid="association-label"
          data-edge={id}
          data-mark={data.mark}
          title={data.mark ? CHANGE_WORDS[data.mark].title : undefined}
          style={{ width: label.width, height: label.height, transform: `translate(${label.x}px, ${label.y}px)` }}
        >
          {associationLabels[data.kind]}
        </div>
      </EdgeLabel>
    </>
  );
});
