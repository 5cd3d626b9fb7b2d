import { describe, expect, it } from 'vitest';
import { remoteAccessSite } from '../testing/ruleScenarios';

describe('TOPO-EDGE-MIN-2', () => {
  it('variant of examples.md CAP-10: 10,000 remote users on 1 Edge have the capacity but not the high availability', () => {
    const { of, edge } = remoteAccessSite(10_000, 1, 2);
    expect(of('TOPO-EDGE-MIN-2')).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [edge], value: 1, limit: 2 }),
    ]);
  });

  it('2 Edge servers pass', () => {
    expect(remoteAccessSite(30_000, 2, 2).of('TOPO-EDGE-MIN-2')).toEqual([]);
  });
});
