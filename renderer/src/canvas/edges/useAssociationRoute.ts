import { type InternalNode, useStoreApi } from '@xyflow/react';
import { createContext, useContext } from 'react';
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

/**
 * The ids of the canvas's top-level nodes (its sites), which a moving line routes round. A holder the canvas
 * refills as it derives its nodes, read only while an end is dragged; as a context value it never changes, so
 * refilling it re-renders no edge.
 */
export const TopLevelNodes = createContext<{ ids: readonly string[] }>({ ids: [] });

const boxOf = (node: InternalNode): Rect => rectOf(node)!;

/**
 * The route of an association edge: the diagram's (the one print and export draw) while its two ends are where
 * the diagram routed it. While an end is dragged, the quick routing against the nodes where they are in that
 * frame: the sites and what stands beside the ends in theirs, found through React Flow's lookups, not a walk
 * over every node. Only an edge whose end moves routes again, so a drag re-routes a pool's own few lines.
 */
export function useAssociationRoute(
  source: string,
  target: string,
  data: AssociationEdgeData | undefined,
): DrawnRoute | undefined {
  const store = useStoreApi();
  const topLevel = useContext(TopLevelNodes);
  const from = useNodeRect(source);
  const to = useNodeRect(target);
  if (!from || !to || !data) return undefined;
  const size = associationLabelSize(data.kind);
  if (endsKey(from, to) === data.at) return { path: data.path, label: { x: data.labelX, y: data.labelY, ...size } };
  const { nodeLookup, parentLookup } = store.getState();
  const parentOf = (id: string) => nodeLookup.get(id)?.parentId;
  const nearby: InternalNode[] = [];
  for (const id of topLevel.ids) {
    const node = nodeLookup.get(id);
    if (node) nearby.push(node);
  }
  for (const end of [source, target])
    for (let at = parentOf(end); at !== undefined; at = parentOf(at))
      for (const child of parentLookup.get(at)?.values() ?? []) nearby.push(child);
  const route = routeAssociation({
    from,
    to,
    obstacles: obstaclesFor(source, target, parentOf, new Set(nearby), boxOf),
    label: size,
    quick: true,
  });
  return { path: pathOf(route.points), label: route.label };
}
