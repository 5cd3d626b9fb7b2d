import type { Design } from '../model/design';
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
