import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';
import { layoutOf } from './layoutOf';

export interface MoveNodesArgs {
  moves: ReadonlyArray<{ id: string; x: number; y: number }>;
}

/** New positions (relative to the containing site or pool) for nodes; sizes are kept. Layout only: no finding changes. */
export function moveNodes(design: Design, { moves }: MoveNodesArgs): Design {
  if (moves.length === 0) return design;
  const nodes = { ...design.layout?.nodes };
  for (const { id, x, y } of moves) nodes[id] = { ...layoutOf(design, id), x: Math.round(x), y: Math.round(y) };
  return { ...design, layout: { ...design.layout, nodes } };
}

/** Resizes a container (a site); position is kept. */
export function resizeNode(
  design: Design,
  { id, width, height }: { id: string; width: number; height: number },
): Design {
  const current = layoutOf(design, id) ?? { x: 0, y: 0 };
  return {
    ...design,
    layout: {
      ...design.layout,
      nodes: { ...design.layout?.nodes, [id]: { ...current, width: Math.round(width), height: Math.round(height) } },
    },
  };
}

/**
 * Places many nodes at once, as an automatic layout does: position and, where given, size. One command, so a
 * whole layout is one undo step. Layout only: no finding changes.
 */
export function placeNodes(design: Design, { places }: { places: Readonly<Record<string, NodeLayout>> }): Design {
  const ids = Object.keys(places);
  if (ids.length === 0) return design;
  const nodes = { ...design.layout?.nodes };
  for (const id of ids) {
    const { x, y, width, height } = places[id]!;
    nodes[id] = {
      x: Math.round(x),
      y: Math.round(y),
      ...(width ? { width: Math.round(width) } : {}),
      ...(height ? { height: Math.round(height) } : {}),
    };
  }
  return { ...design, layout: { ...design.layout, nodes } };
}
