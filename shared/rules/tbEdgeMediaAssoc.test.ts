import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TB-EDGE-MEDIA-ASSOC');

describe('TB-EDGE-MEDIA-ASSOC', () => {
  it('an Edge pool that no Front End pool uses is a warning; the one a pool uses passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const first = b.pool(site, 'edge', {
      servers: 2,
      extra: { federation: true, loadBalancing: { internal: 'dns', external: 'dns' } } as never,
    });
    const unused = b.pool(site, 'edge', { servers: 2, extra: { federation: true } as never });
    b.associate('edge', b.frontEnd(site, 3), first);
    expect(findingsOf(b)).toHaveLength(1);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'warning', subjects: [unused] });
  });
});
