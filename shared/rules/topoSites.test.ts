import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const rulesOf = (b: DesignBuilder) => validate(b.design).findings.map((f) => `${f.rule}:${f.severity}`);

describe('site structure (examples.md CAP-24)', () => {
  it('A: only branch sites, no Front End anywhere: the deployment has no central site', () => {
    const b = new DesignBuilder();
    b.site('Branch 1', 'branch');
    b.site('Branch 2', 'branch');
    expect(rulesOf(b)).toContain('TOPO-DEPLOY-NEEDS-CENTRAL-SITE:error');
  });

  it('B: a branch not associated with any central site is an error', () => {
    const b = new DesignBuilder();
    b.frontEnd(b.site('Central'), 3);
    const lone = b.site('Lone branch', 'branch');
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-BRANCH-ONE-CENTRAL')).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [lone] }),
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
    const rules = rulesOf(b);
    expect(rules).toContain('TOPO-CENTRAL-SITE-DEF:info');
    expect(rules).not.toContain('TOPO-BRANCH-ONE-CENTRAL:error');
    expect(rules).not.toContain('TOPO-DEPLOY-NEEDS-CENTRAL-SITE:error');
  });
});
