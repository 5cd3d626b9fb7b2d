import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TB-TRUNK-ENDPOINTS');

describe('TB-TRUNK-ENDPOINTS', () => {
  it('a gateway without a trunk is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const gateway = b.pool(site, 'pstnGateway', { servers: 1 });
    expect(findingsOf(b)).toHaveLength(1);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'error', subjects: [gateway] });
    b.associate('pstnGateway', b.pool(site, 'mediation', { servers: 2 }), gateway);
    expect(findingsOf(b)).toEqual([]);
  });
});
