import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-DNSLB-LEGACY');

describe('TOPO-DNSLB-LEGACY', () => {
  it('a federating Edge pool behind DNS load balancing gets a note; one without load balancing set does not', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const first = b.pool(site, 'edge', {
      servers: 2,
      extra: { federation: true, loadBalancing: { internal: 'dns', external: 'dns' } } as never,
    });
    b.pool(site, 'edge', { servers: 2, extra: { federation: true } as never });
    b.associate('edge', b.frontEnd(site, 3), first);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'info', subjects: [first] })]);
  });

  it('hardware load balancing keeps legacy federation failing over', () => {
    const b = new DesignBuilder();
    b.pool(b.site('Central'), 'edge', {
      servers: 2,
      extra: { federation: true, loadBalancing: { internal: 'hardware', external: 'hardware' } } as never,
    });
    expect(findingsOf(b)).toEqual([]);
  });
});
