import type { Edge, Node } from '@xyflow/react';

/** Shallow equality, one level into plain objects (a node's data holds entities, figures and summaries). */
function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > 1 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1));
}

function sameNode(a: Node, b: Node): boolean {
  return (
    a.type === b.type &&
    a.parentId === b.parentId &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.zIndex === b.zIndex &&
    sameValue(a.data, b.data)
  );
}

function sameEdge(a: Edge, b: Edge): boolean {
  return a.type === b.type && a.source === b.source && a.target === b.target && a.selected === b.selected && sameValue(a.data, b.data);
}

/**
 * The derived nodes, keeping the previous object of every node whose content did not change (and React Flow's
 * measurements of the others). React Flow and the memoized node components skip what keeps its identity, so an
 * edit re-renders the handful of nodes it changed, not the whole canvas.
 */
export function stableNodes<N extends Node>(derived: N[], previous: readonly N[]): N[] {
  if (previous.length === 0) return derived;
  const byId = new Map(previous.map((node) => [node.id, node]));
  let changed = derived.length !== previous.length;
  const next = derived.map((node, i) => {
    const old = byId.get(node.id);
    if (old && sameNode(old, node)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return old?.measured ? { ...node, measured: old.measured } : node;
  });
  return changed ? next : (previous as N[]);
}

/** The same for edges. */
export function stableEdges<E extends Edge>(derived: E[], previous: readonly E[]): E[] {
  if (previous.length === 0) return derived;
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  let changed = derived.length !== previous.length;
  const next = derived.map((edge, i) => {
    const old = byId.get(edge.id);
    if (old && sameEdge(old, edge)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return edge;
  });
  return changed ? next : (previous as E[]);
}
