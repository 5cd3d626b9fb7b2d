import type { Design } from '../model/design';
import { planStates } from '../plan/planStates';

/** A plan's start state as a design of its own: the estate without its plan, its layout kept for what it holds. */
export function estateOf(design: Design): Design {
  const start = planStates(design).state('start')!;
  const nodes = start.layout?.nodes;
  if (!nodes) return start;
  const present = new Set(
    [start.sites, start.pools, start.userGroups, start.servers, start.links, start.associations].flatMap((list) =>
      list.map((entity) => entity.id),
    ),
  );
  const kept = Object.fromEntries(Object.entries(nodes).filter(([id]) => present.has(id)));
  return { ...start, layout: { ...start.layout, nodes: kept } };
}
