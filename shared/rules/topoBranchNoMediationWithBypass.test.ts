import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-BRANCH-NO-MEDIATION-WITH-BYPASS');

describe('TOPO-BRANCH-NO-MEDIATION-WITH-BYPASS', () => {
  it('a branch with a media-bypass gateway and a Mediation pool gets a note', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    b.pool(branch, 'edge', { servers: 2 });
    b.pool(branch, 'pstnGateway', { servers: 1, extra: { mediaBypass: true } as never });
    b.pool(branch, 'mediation', { servers: 1 });
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'info', subjects: [branch] })]);
  });

  it('without bypass the branch Mediation pool is in place', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    b.pool(branch, 'pstnGateway', { servers: 1 });
    b.pool(branch, 'mediation', { servers: 1 });
    expect(findingsOf(b)).toEqual([]);
  });
});
