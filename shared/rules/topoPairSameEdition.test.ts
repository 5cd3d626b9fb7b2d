import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { soundPair, troubledPairs } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (findings: ReturnType<typeof validate>['findings']) =>
  findings.filter((f) => f.rule === 'TOPO-PAIR-SAME-EDITION');

describe('TOPO-PAIR-SAME-EDITION (examples.md CAP-13)', () => {
  it('an Enterprise pool of 6 paired with a Standard Edition server is unsupported', () => {
    const b = new DesignBuilder();
    const ee = b.frontEnd(b.site('Site A'), 6);
    const se = b.pool(b.site('Site B'), 'frontEnd', { edition: 'standard', servers: 1, fqdn: 'se01.contoso.com' });
    const pair = b.associate('backupPool', ee, se);
    expect(findingsOf(validate(b.design).findings)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [ee, se, pair] }),
    ]);
  });

  it('physical paired with virtual is an error', () => {
    const { a, c, sameSite, findings } = troubledPairs();
    expect(findingsOf(findings)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: [a, c, sameSite],
        message: expect.stringContaining('one runs on virtual machines'),
      }),
    ]);
  });

  it('two Enterprise pools pass', () => {
    expect(findingsOf(soundPair())).toEqual([]);
  });
});

describe('TOPO-PAIR-SAME-EDITION and Lync Server 2010 pools', () => {
  it('does not judge an association that pairs a 2010 pool: pool pairing is new in 2013', () => {
    expect(findingsOf(troubledPairs().findings)).not.toEqual([]);
    expect(findingsOf(troubledPairs({ legacy: true }).findings)).toEqual([]);
  });
});
