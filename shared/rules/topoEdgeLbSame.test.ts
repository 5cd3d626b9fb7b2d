import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-EDGE-LB-SAME');

describe('TOPO-EDGE-LB-SAME', () => {
  it('DNS inside and hardware outside is an error; the same on both sides, or none set, is not', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const mixed = b.pool(site, 'edge', {
      servers: 2,
      extra: { loadBalancing: { internal: 'dns', external: 'hardware' } } as never,
    });
    b.pool(site, 'edge', { servers: 2 });
    b.pool(site, 'edge', { servers: 2, extra: { loadBalancing: { internal: 'dns', external: 'dns' } } as never });
    expect(findingsOf(b).map((f) => f.subjects[0])).toEqual([mixed]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error', subjects: [mixed] });
  });
});
