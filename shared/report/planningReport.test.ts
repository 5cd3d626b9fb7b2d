import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { createValidator, validate } from '../validate';
import { planningReport } from './planningReport';

describe('planningReport', () => {
  it('reports from the validation it is given, not from one of its own', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const pool = b.frontEnd(dallas, 13);
    b.users(dallas, pool, 90_000);
    const validation = createValidator().validate(b.design);
    const report = planningReport(b.design, validation);
    expect(report.findings).toBe(validation.findings);
    expect(report.totals.errors).toBe(validation.findings.filter((f) => f.severity === 'error').length);
    expect(report.pools[0]).toMatchObject({ users: 90_000, servers: 13 });
    expect(report).toEqual(planningReport(b.design, validate(b.design)));
  });
});
