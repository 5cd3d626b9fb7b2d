import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { soundPair } from '../testing/ruleScenarios';
import { validate } from '../validate';

const findingsOf = (findings: ReturnType<typeof validate>['findings']) =>
  findings.filter((f) => f.rule === 'TOPO-PAIR-CAPACITY');

describe('TOPO-PAIR-CAPACITY (examples.md CAP-13)', () => {
  it('a Standard Edition server (2,000 users) cannot absorb its Enterprise partner (20,000)', () => {
    const b = new DesignBuilder();
    const siteA = b.site('Site A');
    const siteB = b.site('Site B');
    const ee = b.frontEnd(siteA, 6);
    const se = b.pool(siteB, 'frontEnd', { edition: 'standard', servers: 1, fqdn: 'se01.contoso.com' });
    b.users(siteA, ee, 20_000);
    b.users(siteB, se, 2_000);
    const pair = b.associate('backupPool', ee, se);
    expect(findingsOf(validate(b.design).findings)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [se, ee, pair], value: 22_000, limit: 5_000 }),
    ]);
  });

  it('two 6-server pools of 20,000 users each can carry both', () => {
    expect(findingsOf(soundPair())).toEqual([]);
  });
});

describe('TOPO-PAIR-CAPACITY and Lync Server 2010 pools', () => {
  it('does not size an association that pairs a 2010 pool: pool pairing is new in 2013', () => {
    const b = new DesignBuilder();
    const [siteA, siteB] = [b.site('Site A'), b.site('Site B')];
    const ee = b.legacy(b.frontEnd(siteA, 6));
    const se = b.pool(siteB, 'frontEnd', { edition: 'standard', servers: 1 });
    b.users(siteA, ee, 20_000);
    b.users(siteB, se, 2_000);
    b.associate('backupPool', ee, se);
    expect(findingsOf(validate(b.design).findings)).toEqual([]);
  });
});
