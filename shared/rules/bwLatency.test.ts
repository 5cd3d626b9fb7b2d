import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

describe('BW-LATENCY', () => {
  it('warns above 150 ms and passes at 150', () => {
    const b = new DesignBuilder();
    const central = b.site('Central');
    b.frontEnd(central, 3);
    const slow = b.link(b.site('Far', 'branch', central), central, 2_048, { latencyMs: 180 });
    const ok = b.link(b.site('Near', 'branch', central), central, 2_048, { latencyMs: 150 });
    const findings = validate(b.design).findings.filter((f) => f.rule === 'BW-LATENCY');
    expect(findings).toEqual([expect.objectContaining({ subjects: [slow], value: 180, limit: 150 })]);
    expect(findings.some((f) => f.subjects.includes(ok))).toBe(false);
  });
});
