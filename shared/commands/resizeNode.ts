import type { Design } from '../model/design';
import { layoutOf } from './layoutOf';

export interface ResizeNodeArgs {
  id: string;
  width: number;
  height: number;
}

/** Resizes a container (a site); its position is kept. Layout only: no finding changes. */
export function resizeNode(design: Design, { id, width, height }: ResizeNodeArgs): Design {
  const current = layoutOf(design, id) ?? { x: 0, y: 0 };
  return {
    ...design,
    layout: {
      ...design.layout,
      nodes: { ...design.layout?.nodes, [id]: { ...current, width: Math.round(width), height: Math.round(height) } },
    },
  };
}
