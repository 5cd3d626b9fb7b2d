import { describe, expect, it } from 'vitest';
import { soundPair, troubledPairs } from '../testing/ruleScenarios';

const rule = 'TOPO-PAIR-ONE-PARTNER';

describe('TOPO-PAIR-ONE-PARTNER', () => {
  it('a pool paired twice is an error about it and both pairings', () => {
    const { a, sameSite, otherSite, findings } = troubledPairs();
    expect(findings.filter((f) => f.rule === rule)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [a, sameSite, otherSite], value: 2, limit: 1 }),
    ]);
  });

  it('one partner passes', () => {
    expect(soundPair().filter((f) => f.rule === rule)).toEqual([]);
  });
});

describe(`${rule} and Lync Server 2010 pools`, () => {
  it('does not judge an association that pairs a 2010 pool: pool pairing is new in 2013', () => {
    expect(troubledPairs().findings.filter((f) => f.rule === rule)).not.toEqual([]);
    expect(troubledPairs({ legacy: true }).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
