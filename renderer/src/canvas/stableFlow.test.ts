import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { stableEdges, stableNodes } from './stableFlow';

const node = (id: string, x: number, data: Record<string, unknown> = {}): Node => ({
  id,
  type: 'pool',
  position: { x, y: 0 },
  width: 10,
  height: 10,
  data,
});

describe('stableNodes / stableEdges', () => {
  it('keeps the previous object of every node whose content is the same, with its measurements', () => {
    const previous = [
      { ...node('a', 0, { figures: { users: 5 } }), measured: { width: 10, height: 10 } },
      node('b', 0),
    ];
    const derived = [node('a', 0, { figures: { users: 5 } }), node('b', 40)];
    const next = stableNodes(derived, previous);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).not.toBe(previous[1]);
    expect(next[1]!.position.x).toBe(40);
  });

  it('returns the previous array itself when nothing changed', () => {
    const previous = [node('a', 0, { findings: { count: 1, worst: 'error' } })];
    expect(stableNodes([node('a', 0, { findings: { count: 1, worst: 'error' } })], previous)).toBe(previous);
  });

  it('carries measurements over to a node that changed', () => {
    const previous = [
      { ...node('a', 0, { findings: { count: 1, worst: 'error' } }), measured: { width: 10, height: 10 } },
    ];
    const next = stableNodes([node('a', 0, { findings: { count: 2, worst: 'error' } })], previous);
    expect(next[0]).not.toBe(previous[0]);
    expect(next[0]!.measured).toEqual({ width: 10, height: 10 });
  });

  it('keeps unchanged edges', () => {
    const edge = (id: string, demand: number) => ({
      id,
      type: 'link',
      source: 'a',
      target: 'b',
      data: { figures: { demandKbps: demand } },
    });
    const previous = [edge('l1', 10), edge('l2', 20)];
    const next = stableEdges([edge('l1', 10), edge('l2', 25)], previous);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).not.toBe(previous[1]);
  });
});
