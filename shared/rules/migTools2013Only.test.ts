import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-TOOLS-2013-ONLY');

describe('MIG-TOOLS-2013-ONLY', () => {
  it('is said once, at the step that deploys the first 2013 pool', () => {
    const { design, ids } = smallMigration();
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'info',
        subjects: ['st1', ids.fe2013],
        steps: ['st1'],
        message: expect.stringContaining(
          'From step st1 ("Deploy the pilot pool") on, the topology holds Lync 2013 Front End pool pool2013.contoso.com',
        ),
      }),
    ]);
  });

  it('is not said where the estate already runs a 2013 pool', () => {
    const { design, ids } = smallMigration();
    design.migration!.steps[0]!.actions = [];
    design.migration!.steps.unshift({ id: 'st0', phase: 3, name: 'Nothing', actions: [] });
    // fe2013 is no longer added by a step: it is in the estate from the start.
    expect(design.pools.some((p) => p.id === ids.fe2013)).toBe(true);
    expect(of(design)).toEqual([]);
  });
});
