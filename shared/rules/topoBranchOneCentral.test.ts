import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-BRANCH-ONE-CENTRAL');

describe('TOPO-BRANCH-ONE-CENTRAL (examples.md CAP-24)', () => {
  it('B: a branch not associated with any central site is an error', () => {
    const b = new DesignBuilder();
    b.frontEnd(b.site('Central'), 3);
    const lone = b.site('Lone branch', 'branch');
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'error', subjects: [lone] })]);
  });

  it('a branch that names another branch as its central site is an error', () => {
    const b = new DesignBuilder();
    const central = b.site('Central');
    b.frontEnd(central, 3);
    const other = b.site('Other branch', 'branch', central);
    const branch = b.site('Austin', 'branch', other);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ subjects: [branch], message: expect.stringContaining('but Other branch is a branch') }),
    ]);
  });

  it('C: a "branch" holding 2 Standard Edition servers is a central site, needing no central site of its own', () => {
    const b = new DesignBuilder();
    const site = b.site('Site C', 'branch');
    const se1 = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    const se2 = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    b.users(site, se1, 300);
    b.users(site, se2, 300);
    b.associate('backupPool', se1, se2);
    expect(findingsOf(b)).toEqual([]);
  });
});
