import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-EDGE-NEXT-HOP');

describe('TOPO-EDGE-NEXT-HOP', () => {
  it('an Edge pool needs a next hop', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const edge = b.pool(site, 'edge', { servers: 2 });
    expect(findingsOf(b)).toHaveLength(1);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error', subjects: [edge] });
    b.associate('edgeNextHop', edge, b.frontEnd(site, 3));
    expect(findingsOf(b)).toEqual([]);
  });
});
