import type { Node } from '@xyflow/react';

/**
 * Derived nodes replace the canvas's nodes on every design change; React Flow's own measurements of the
 * previous nodes are carried over so nothing flickers while it measures again.
 */
export function mergeMeasured<N extends Node>(derived: N[], previous: readonly N[]): N[] {
  if (previous.length === 0) return derived;
  const byId = new Map(previous.map((node) => [node.id, node]));
  return derived.map((node) => {
    const old = byId.get(node.id);
    return old?.measured ? { ...node, measured: old.measured } : node;
  });
}
