import { describe, expect, it } from 'vitest';
import { soundPair, troubledPairs } from '../testing/ruleScenarios';

const rule = 'CAP-FE-PAIRED-MAX-USERS';

describe('CAP-FE-PAIRED-MAX-USERS', () => {
  it('a paired pool of 45,000 users is an error, once for each of its pairings', () => {
    const { a, sameSite, otherSite, findings } = troubledPairs();
    expect(findings.filter((f) => f.rule === rule)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [a, sameSite], value: 45_000, limit: 40_000 }),
      expect.objectContaining({ severity: 'error', subjects: [a, otherSite], value: 45_000, limit: 40_000 }),
    ]);
  });

  it('paired pools of 20,000 users pass', () => {
    expect(soundPair().filter((f) => f.rule === rule)).toEqual([]);
  });
});

describe(`${rule} and Lync Server 2010 pools`, () => {
  it('does not judge an association that pairs a 2010 pool: pool pairing is new in 2013', () => {
    expect(troubledPairs().findings.filter((f) => f.rule === rule)).not.toEqual([]);
    expect(troubledPairs({ legacy: true }).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
