import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

describe('TOPO-SE-PAIRED-RECOMMENDED (examples.md CAP-07)', () => {
  it('warns for an unpaired Standard Edition server that hosts users', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    b.users(site, se, 6_000);
    const rules = validate(b.design)
      .findings.filter((f) => f.subjects[0] === se && (f.rule === 'CAP-SE-USERS' || f.rule.startsWith('TOPO-SE')))
      .map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(['CAP-SE-USERS:error', 'CAP-SE-USERS:warning', 'TOPO-SE-PAIRED-RECOMMENDED:warning']);
  });

  it('a paired Standard Edition server passes, on either end of the pairing', () => {
    const b = new DesignBuilder();
    const [site, dr] = [b.site('Central'), b.site('DR')];
    const [se1, se2] = [b.wellFormedFrontEnd(site, 1, 'standard'), b.wellFormedFrontEnd(dr, 1, 'standard')];
    b.users(site, se1, 2_000);
    b.users(dr, se2, 2_000);
    b.associate('backupPool', se1, se2);
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-SE-PAIRED-RECOMMENDED')).toEqual([]);
  });
});

describe('TOPO-SE-PAIRED-RECOMMENDED and Lync Server 2010 servers', () => {
  it('does not tell a 2010 Standard Edition server to pair: pool pairing is new in 2013', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    b.users(site, se, 2_000);
    const of = () => validate(b.design).findings.filter((f) => f.rule === 'TOPO-SE-PAIRED-RECOMMENDED');
    expect(of()).toHaveLength(1);
    b.legacy(se);
    expect(of()).toEqual([]);
  });
});
