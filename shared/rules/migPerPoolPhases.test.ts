import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-PER-POOL-PHASES');

describe('MIG-PER-POOL-PHASES', () => {
  it('a step of an earlier phase after a later one of the same legacy pool is a warning', () => {
    const { design, ids } = smallMigration();
    // Moving the pilot users (phase 4) after the remaining users (phase 6).
    const steps = design.migration!.steps;
    [steps[1], steps[2]] = [steps[2]!, steps[1]!];
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st2', ids.fe2010],
        steps: ['st2'],
        value: 4,
        limit: 6,
        message:
          'step st2 ("Move the pilot users") is of phase 4 but comes after step st3 ("Move the remaining users"), of phase 6, in the migration of pool2010.contoso.com; each legacy pool goes through the phases in order. Move the step before st3, or correct its phase.',
      }),
    ]);
  });

  it('two legacy pools each in order, interleaved, pass; an unlabelled step is checked with the unlabelled ones', () => {
    const { design, ids } = smallMigration();
    const steps = design.migration!.steps;
    steps[0]!.legacyPoolId = ids.fe2010;
    steps[1]!.legacyPoolId = ids.be2010; // a second legacy pool's phase 4 after the first's phase 3
    steps[2]!.legacyPoolId = ids.fe2010;
    steps[3]!.legacyPoolId = ids.be2010;
    steps[4]!.legacyPoolId = undefined;
    expect(of(design)).toEqual([]);
  });

  it('the small migration, in order, passes', () => {
    expect(of(smallMigration().design)).toEqual([]);
  });
});
