import { useInternalNode, type InternalNode } from '@xyflow/react';
import type { Rect } from '../../../../shared/layout/geometry';
import { floatingEndpoints } from './floating';

function rectOf(node: InternalNode | undefined): Rect | undefined {
  if (!node) return undefined;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { ...node.internals.positionAbsolute, width, height };
}

/** The border-to-border end points of an edge between two nodes, or undefined before they are measured. */
export function useFloatingEdge(source: string, target: string) {
  const a = rectOf(useInternalNode(source));
  const b = rectOf(useInternalNode(target));
  if (!a || !b) return undefined;
  return floatingEndpoints(a, b);
}
