import { type InternalNode, useStoreApi } from '@xyflow/react';
import { associationLabelSize } from '../../../../shared/diagram/associationLabel';
import { obstaclesFor } from '../../../../shared/diagram/associationRoutes';
import type { Rect } from '../../../../shared/geometry/boxSizes';
import { routeAssociation } from '../../../../shared/geometry/routeAssociation';
import { type AssociationEdgeData, endsKey, pathOf } from '../deriveFlow';
import { rectOf, useNodeRect } from './useNodeRect';

export interface DrawnRoute {
  path: string;
  label: Rect;
}

const boxOf = (node: InternalNode): Rect => rectOf(node)!;

/**
 * The route of an association edge: the diagram's (the one print and export draw), while its two ends are where
 * the diagram routed it; while an end is dragged, the same routing (less the widest search) against the boxes where
 * they are in that frame.
 * Only an edge whose end moves routes again, so dragging a pool re-routes its own few lines, not every line.
 */
export function useAssociationRoute(source: string, target: string, data: AssociationEdgeData | undefined) {
  const store = useStoreApi();
  const from = useNodeRect(source);
  const to = useNodeRect(target);
  if (!from || !to || !data) return undefined;
  const size = associationLabelSize(data.kind);
  if (endsKey(from, to) === data.at)
    return { path: data.path, label: { x: data.labelX, y: data.labelY, ...size } } satisfies DrawnRoute;
  const { nodeLookup } = store.getState();
  const route = routeAssociation({
    from,
    to,
    obstacles: obstaclesFor(source, target, (id) => nodeLookup.get(id)?.parentId, nodeLookup.values(), boxOf),
    label: size,
    // A frame has no time for the full search round boxes; the drop routes the line in full.
    detour: false,
  });
  return { path: pathOf(route.points), label: route.label } satisfies DrawnRoute;
}
