import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TB-FEDERATION-SINGLE-ROUTE');

describe('TB-FEDERATION-SINGLE-ROUTE', () => {
  it('two federating Edge pools are an error about both', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const first = b.pool(site, 'edge', {
      servers: 2,
      extra: { federation: true, loadBalancing: { internal: 'dns', external: 'dns' } } as never,
    });
    const second = b.pool(site, 'edge', { servers: 2, extra: { federation: true } as never });
    b.associate('edge', b.frontEnd(site, 3), first);
    expect(findingsOf(b)).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error', subjects: [first, second] });
  });

  it('one federation route passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.pool(site, 'edge', { servers: 2, extra: { federation: true } as never });
    b.pool(site, 'edge', { servers: 2 });
    expect(findingsOf(b)).toEqual([]);
  });
});
