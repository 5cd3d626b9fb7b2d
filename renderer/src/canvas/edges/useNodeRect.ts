import { type InternalNode, type ReactFlowState, useStore } from '@xyflow/react';
import { useCallback } from 'react';
import type { Rect } from '../../../../shared/geometry/boxSizes';

/** A node's box in canvas coordinates: the size the diagram gave it, or what React Flow measured. */
export function rectOf(node: InternalNode | undefined): Rect | undefined {
  if (!node) return undefined;
  const width = node.width ?? node.measured.width ?? 0;
  const height = node.height ?? node.measured.height ?? 0;
  return { ...node.internals.positionAbsolute, width, height };
}

/** Only a node's box matters to an edge; comparing four numbers is cheaper than a shallow compare of the node. */
function sameBox(a: InternalNode | undefined, b: InternalNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.internals.positionAbsolute.x === b.internals.positionAbsolute.x &&
    a.internals.positionAbsolute.y === b.internals.positionAbsolute.y &&
    (a.width ?? a.measured.width) === (b.width ?? b.measured.width) &&
    (a.height ?? a.measured.height) === (b.height ?? b.measured.height)
  );
}

/**
 * A node's box, where it is now (mid-drag too), or undefined before it is measured. The edge using it re-renders
 * when that box moves or resizes, and for nothing else.
 */
export function useNodeRect(id: string): Rect | undefined {
  return rectOf(
    useStore(
      useCallback((s: ReactFlowState) => s.nodeLookup.get(id), [id]),
      sameBox,
    ),
  );
}
