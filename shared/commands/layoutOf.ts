import type { Design } from '../model/design';
import type { NodeLayout } from '../model/layout';

/** The stored layout of one entity; `Object.hasOwn` so an id such as "constructor" never reads the prototype. */
export function layoutOf(design: Design, id: string): NodeLayout | undefined {
  const nodes = design.layout?.nodes;
  return nodes && Object.hasOwn(nodes, id) ? nodes[id] : undefined;
}

/** The design with `id` placed at `position` (relative to its container), other layout entries untouched. */
export function withLayout(design: Design, id: string, position: NodeLayout): Design {
  return { ...design, layout: { ...design.layout, nodes: { ...design.layout?.nodes, [id]: position } } };
}
