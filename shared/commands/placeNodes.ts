import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';

export interface PlaceNodesArgs {
  places: Readonly<Record<string, NodeLayout>>;
}

/**
 * Places many nodes at once, as an automatic layout does: position and, where given, size. One command, so a
 * whole layout is one undo step. Layout only: no finding changes.
 */
export function placeNodes(design: Design, { places }: PlaceNodesArgs): Design {
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
