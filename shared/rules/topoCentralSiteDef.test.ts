import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const rulesOf = (b: DesignBuilder) => validate(b.design).findings.map((f) => `${f.rule}:${f.severity}`);

describe('TOPO-CENTRAL-SITE-DEF (examples.md CAP-24)', () => {
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
    expect(validate(b.design).findings.filter((f) => f.rule === 'TOPO-CENTRAL-SITE-DEF')).toEqual([
      expect.objectContaining({ subjects: [site] }),
    ]);
  });

  it('a central site with a Front End pool, and a branch without one, say nothing', () => {
    const b = new DesignBuilder();
    const central = b.site('Central');
    b.frontEnd(central, 3);
    b.site('Austin', 'branch', central);
    expect(rulesOf(b)).not.toContain('TOPO-CENTRAL-SITE-DEF:info');
  });
});
