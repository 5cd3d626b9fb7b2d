import type { Edge, Node } from '@xyflow/react';

/** Shallow equality, one level into plain objects (a node's data holds entities, figures and summaries). */
function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > 1 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1),
  );
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
  return (
    a.type === b.type &&
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    sameValue(a.data, b.data)
  );
}

/**
 * The derived items, keeping the previous object of every item whose content did not change (`carry` moves
 * what React Flow measured onto an item that did). React Flow and the memoized node components skip what keeps
 * its identity, so an edit re-renders the handful of nodes and edges it changed, not the whole canvas.
 */
function stableList<T extends { id: string }>(
  derived: T[],
  previous: readonly T[],
  same: (a: T, b: T) => boolean,
  carry: (item: T, old: T) => T,
): T[] {
  if (previous.length === 0) return derived;
  const byId = new Map(previous.map((item) => [item.id, item]));
  let changed = derived.length !== previous.length;
  const next = derived.map((item, i) => {
    const old = byId.get(item.id);
    if (old && same(old, item)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return old ? carry(item, old) : item;
  });
  return changed ? next : (previous as T[]);
}

export const stableNodes = <N extends Node>(derived: N[], previous: readonly N[]): N[] =>
  stableList(derived, previous, sameNode, (node, old) => (old.measured ? { ...node, measured: old.measured } : node));

export const stableEdges = <E extends Edge>(derived: E[], previous: readonly E[]): E[] =>
  stableList(derived, previous, sameEdge, (edge) => edge);
