import { describe, expect, it } from 'vitest';
import { soundPair, troubledPairs } from '../testing/ruleScenarios';

const rule = 'TOPO-PAIR-SAME-BE-HA';

describe('TOPO-PAIR-SAME-BE-HA', () => {
  it('a mirrored pool paired with a clustered one is a warning', () => {
    const { a, c, sameSite, findings } = troubledPairs();
    expect(findings.filter((f) => f.rule === rule)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: [a, c, sameSite],
        message: expect.stringContaining('uses SQL mirroring and its partner'),
      }),
    ]);
  });

  it('pools whose Back End is not recorded pass', () => {
    expect(soundPair().filter((f) => f.rule === rule)).toEqual([]);
  });
});

describe(`${rule} and Lync Server 2010 pools`, () => {
  it('does not judge an association that pairs a 2010 pool: pool pairing is new in 2013', () => {
    expect(troubledPairs().findings.filter((f) => f.rule === rule)).not.toEqual([]);
    expect(troubledPairs({ legacy: true }).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
