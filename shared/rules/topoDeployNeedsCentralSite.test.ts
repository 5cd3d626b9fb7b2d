import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-DEPLOY-NEEDS-CENTRAL-SITE');

describe('TOPO-DEPLOY-NEEDS-CENTRAL-SITE (examples.md CAP-24)', () => {
  it('A: only branch sites, no Front End anywhere: the deployment has no central site', () => {
    const b = new DesignBuilder();
    const first = b.site('Branch 1', 'branch');
    const second = b.site('Branch 2', 'branch');
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'error', subjects: [first, second] })]);
  });

  it('C: a "branch" holding Standard Edition servers is the central site the deployment needs', () => {
    const b = new DesignBuilder();
    const site = b.site('Site C', 'branch');
    b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
    expect(findingsOf(b)).toEqual([]);
  });
});
