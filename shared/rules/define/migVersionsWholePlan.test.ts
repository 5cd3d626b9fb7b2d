import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../plan/validatePlan';
import { smallMigration } from '../../testing/smallMigration';

/**
 * The small migration gives no error in any state, with every migration rule registered; and the only word of the version rules is the one
 * note MIG-TOOLS-2013-ONLY says once per plan.
 */
describe('a whole valid migration', () => {
  it('holds no error finding in any state', () => {
    const { design } = smallMigration();
    const { findings } = validatePlan(design);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith('MIG-')).map((f) => [f.rule, f.severity, f.steps])).toEqual([
      ['MIG-TOOLS-2013-ONLY', 'info', ['st1']],
    ]);
  });
});
