import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'CAP-BRANCH-MAX-SBA');

describe('CAP-BRANCH-MAX-SBA', () => {
  it('three SBAs at one branch is an error', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    for (let i = 0; i < 3; i++) b.pool(branch, 'sba', { servers: 1 });
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'error', value: 3, limit: 2 })]);
  });

  it('names the branch first, then its SBAs; two SBAs pass', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const [first, second] = [b.pool(branch, 'sba', { servers: 1 }), b.pool(branch, 'sba', { servers: 1 })];
    expect(findingsOf(b)).toEqual([]);
    const third = b.pool(branch, 'sba', { servers: 1 });
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [branch, first, second, third] })]);
  });
});

describe('CAP-BRANCH-MAX-SBA and Lync Server 2010 appliances', () => {
  it("counts only a branch's 2013 SBAs against the 2013 limit of 2", () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const sbas = [0, 1, 2].map(() => b.pool(branch, 'sba', { servers: 1 }));
    expect(findingsOf(b)).toHaveLength(1);
    b.legacy(sbas[2]!);
    expect(findingsOf(b)).toEqual([]);
  });
});
