import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lync2010EstateArbitrary } from '../testing/lync2010EstateArbitrary';
import { validate } from '../validate';
import { defaultPlanOptions, generatePlan } from './generatePlan';
import { validatePlan } from './validatePlan';

const errorsOf = (findings: ReadonlyArray<{ severity: string; rule: string; message: string }>) =>
  findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.rule}: ${finding.message}`);

describe('a generated plan (issue 13, "A generated plan")', () => {
  it('has no error finding in any state, and no MIG error, over random Lync 2010 estates', () => {
    fc.assert(
      fc.property(lync2010EstateArbitrary(), (estate) => {
        // The estates are valid by construction, not filtered: one that is not is a bug of the arbitrary.
        expect(errorsOf(validate(estate).findings)).toEqual([]);
        const plan = generatePlan(estate, defaultPlanOptions(estate));
        expect(errorsOf(validatePlan(plan).findings)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
