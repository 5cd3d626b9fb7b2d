import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED');

describe('TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED', () => {
  it('a one-server Persistent Chat pool gets a note; a two-server pool does not', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const single = b.pool(dallas, 'persistentChat', { servers: 1 });
    b.pool(dallas, 'persistentChat', { servers: 2 });
    const branch = b.site('Austin', 'branch', dallas);
    b.users(branch, b.pool(branch, 'sba', { servers: 1 }), 400);
    expect(findingsOf(b)).toHaveLength(1);
    expect(findingsOf(b)[0]).toMatchObject({ severity: 'info', subjects: [single] });
  });
});
