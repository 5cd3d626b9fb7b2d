import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-EE-NEEDS-LB');

describe('TOPO-EE-NEEDS-LB', () => {
  it('a two-server Edge pool without load balancing is a warning; with it, or with one server, it passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.pool(site, 'edge', { servers: 2, extra: { loadBalancing: { internal: 'dns', external: 'hardware' } } as never });
    const unset = b.pool(site, 'edge', { servers: 2 });
    b.pool(site, 'edge', { servers: 2, extra: { loadBalancing: { internal: 'dns', external: 'dns' } } as never });
    b.pool(site, 'edge', { servers: 1 });
    expect(findingsOf(b).map((f) => f.subjects[0])).toEqual([unset]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'warning', subjects: [unset] });
  });
});
