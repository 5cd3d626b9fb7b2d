import { type InternalNode, type ReactFlowState, useStore } from '@xyflow/react';
import { useCallback } from 'react';
import type { Rect } from '../../../../shared/geometry/boxSizes';
import { floatingEndpoints } from './floating';

function rectOf(node: InternalNode | undefined): Rect | undefined {
  if (!node) return undefined;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { ...node.internals.positionAbsolute, width, height };
}

/** Only a node's box matters to an edge; comparing four numbers is cheaper than a shallow compare of the node. */
function sameBox(a: InternalNode | undefined, b: InternalNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.internals.positionAbsolute.x === b.internals.positionAbsolute.x &&
    a.internals.positionAbsolute.y === b.internals.positionAbsolute.y &&
    (a.measured.width ?? a.width) === (b.measured.width ?? b.width) &&
    (a.measured.height ?? a.height) === (b.measured.height ?? b.height)
  );
}

/**
 * The border-to-border end points of an edge between two nodes, or undefined before they are measured. Each edge
 * watches its two nodes' boxes only, and re-renders when one of them moves or resizes.
 */
export function useFloatingEdge(source: string, target: string) {
  const a = rectOf(
    useStore(
      useCallback((s: ReactFlowState) => s.nodeLookup.get(source), [source]),
      sameBox,
    ),
  );
  const b = rectOf(
    useStore(
      useCallback((s: ReactFlowState) => s.nodeLookup.get(target), [target]),
      sameBox,
    ),
  );
  if (!a || !b) return undefined;
  return floatingEndpoints(a, b);
}
