import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-POOL-NEEDS-SQL');

describe('TOPO-POOL-NEEDS-SQL', () => {
  it('an Enterprise pool without a Back End is an error; with one it passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const bare = b.frontEnd(site, 3);
    const good = b.wellFormedFrontEnd(site, 3);
    expect(findingsOf(b).map((f) => f.subjects[0])).toEqual([bare]);
    expect(findingsOf(b).some((f) => f.subjects[0] === good)).toBe(false);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error', subjects: [bare] });
  });
});
