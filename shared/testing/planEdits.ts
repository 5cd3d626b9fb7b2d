import type { Design } from '../model/design';
import type { Action, Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { type PlanValidation, validatePlan } from '../plan/validatePlan';
import { smallMigration } from './smallMigration';

/** The small migration (`smallMigration.ts`) as a copy a test may change, with its ids and ways to change it. */
export function editableMigration() {
  const { design, ids } = smallMigration();
  // smallMigration builds a fresh design on every call: nothing else holds it, so the test may change it in place.
  const copy = design as Design & { migration: { steps: Step[] } };
  const steps = copy.migration.steps;
  return {
    design: copy,
    ids,
    steps,
    step: (id: string) => steps.find((step) => step.id === id)!,
    /** Set fields of a pool as the file writes it (so in every state it exists in). */
    pool: (id: string, fields: Partial<Pool>) => Object.assign(copy.pools.find((pool) => pool.id === id)!, fields),
    /** The step's actions without those this test does not want. */
    drop: (stepId: string, keep: (action: Action) => boolean) => {
      const step = steps.find((s) => s.id === stepId)!;
      step.actions = step.actions.filter(keep);
    },
  };
}

/** The findings of one rule over the whole plan. */
export function planFindings(design: Design, rule: string): PlanValidation['findings'] {
  return validatePlan(design).findings.filter((finding) => finding.rule === rule);
}
