import { migrationPhase } from '../../../shared/catalog/migrationPhases';
import type { Step } from '../../../shared/model/migration';

/** A run of consecutive steps of one phase of the guide for one legacy pool, under the phase's name. */
export interface StepGroup {
  key: string;
  /** "Phase 3 — Deploy the pilot pool" (shared/catalog/migrationPhases.ts). */
  phaseName: string;
  legacyPoolId?: string;
  steps: ReadonlyArray<{ step: Step; index: number }>;
}

/**
 * The plan's steps grouped under the guide's phases, in plan order. The guide repeats its phases per legacy pool, so
 * a plan may come back to phase 3 for a second pool: each run of consecutive steps of one phase and pool is a group,
 * and the plan's order is never changed to group it.
 */
export function stepGroups(steps: readonly Step[]): StepGroup[] {
  const groups: Array<StepGroup & { steps: Array<{ step: Step; index: number }> }> = [];
  steps.forEach((step, index) => {
    const last = groups[groups.length - 1];
    const first = last?.steps[0]?.step;
    if (last && first && first.phase === step.phase && first.legacyPoolId === step.legacyPoolId) {
      last.steps.push({ step, index });
      return;
    }
    groups.push({
      key: step.id,
      phaseName: migrationPhase(step.phase)?.name ?? `Phase ${step.phase}`,
      ...(step.legacyPoolId !== undefined ? { legacyPoolId: step.legacyPoolId } : {}),
      steps: [{ step, index }],
    });
  });
  return groups;
}
