import type { Waiver } from '../../../shared/model/waiver';
import type { PlanValidation } from '../../../shared/plan/validatePlan';
import type { PlanFinding } from '../../../shared/rules/define/migrationRule';
import { groupBySubject } from '../../../shared/validation/findingsBySubject';
import { applyWaivers, type WaiverOutcome } from '../../../shared/waivers/applyWaivers';

/** How many error and warning findings count in one state (its own and its step's transition findings). */
export interface StateCounts {
  error: number;
  warning: number;
}

/** The open design's plan as the timeline reads it: the validation, the findings that count, and counts per state. */
export interface PlanView {
  validation: PlanValidation;
  /** Every finding of every state and of the plan, once each with its `steps`, the design's waivers applied. */
  findings: readonly PlanFinding[];
  waivers: WaiverOutcome;
  /** By state id (`start` and every step id): what the step's badge shows. */
  counts: ReadonlyMap<string, StateCounts>;
}

/**
 * The plan's findings with the design's waivers applied, as `lyncplan check` applies them (checkPlan): a waiver
 * accepts a finding whichever states it holds in. The counts per state are therefore the CLI's: a finding counts in
 * every state its `steps` names.
 */
export function planViewOf(validation: PlanValidation, waivers: readonly Waiver[] | undefined): PlanView {
  const last = validation.byState.get(validation.states.ids[validation.states.ids.length - 1]!)!;
  const merged = validation.findings;
  const waived = applyWaivers({ ...last, findings: merged, findingsBySubject: groupBySubject(merged) }, waivers);
  const findings = waived.findings as PlanFinding[];
  const counts = new Map<string, StateCounts>(validation.states.ids.map((id) => [id, { error: 0, warning: 0 }]));
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    for (const step of finding.steps) {
      const count = counts.get(step);
      if (count) count[finding.severity]++;
    }
  }
  return { validation, findings, waivers: waived.waivers, counts };
}
