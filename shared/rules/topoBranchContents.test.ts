import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-BRANCH-CONTENTS');

describe('TOPO-BRANCH-CONTENTS', () => {
  it('an Edge pool in a branch is out of place; the gateway and the Mediation pool are not', () => {
    const b = new DesignBuilder();
    const branch = b.site('Austin', 'branch', b.site('Dallas'));
    const edge = b.pool(branch, 'edge', { servers: 2 });
    b.pool(branch, 'pstnGateway', { servers: 1, extra: { mediaBypass: true } as never });
    b.pool(branch, 'mediation', { servers: 1 });
    expect(findingsOf(b).map((f) => f.subjects[0])).toEqual([edge]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'warning', subjects: [edge] });
  });
});
