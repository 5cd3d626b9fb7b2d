import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-CMS-ONE');

describe('TOPO-CMS-ONE', () => {
  it('none, or two, hosting the Central Management store is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.frontEnd(site, 3);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ value: 0, limit: 1 })]);
    for (const pool of b.design.pools) if (pool.role === 'frontEnd') pool.hostsCms = true;
    b.frontEnd(site, 3);
    for (const pool of b.design.pools) if (pool.role === 'frontEnd') pool.hostsCms = true;
    expect(findingsOf(b)).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
  });

  it('names the first pool when none hosts it, every host when several do; exactly one passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const first = b.frontEnd(site, 3);
    const second = b.frontEnd(site, 3);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'error', subjects: [first] })]);
    const host = (id: string) => {
      const pool = b.design.pools.find((p) => p.id === id)!;
      if (pool.role === 'frontEnd') pool.hostsCms = true;
    };
    host(first);
    expect(findingsOf(b)).toEqual([]);
    host(second);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ severity: 'error', subjects: [first, second] })]);
  });
});
