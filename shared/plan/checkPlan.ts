import type { Design } from '../model/design';
import type { PlanFinding } from '../rules/define/migrationRule';
import type { Figures, Finding } from '../rules/define/rule';
import { compareFindings } from '../validation/findingOrder';
import { groupBySubject } from '../validation/findingsBySubject';
import { applyWaivers, type WaiverOutcome } from '../waivers/applyWaivers';
import { type PlanValidation, validatePlan } from './validatePlan';

/** What `lyncplan check` reports for a design with a plan: every state's findings once, the design's waivers applied. */
export interface PlanCheck {
  validation: PlanValidation;
  /** The findings that still count, each with the states it holds in (migration.md). */
  findings: PlanFinding[];
  waivers: WaiverOutcome;
  /** The last state's figures (cli.md's `figures`). */
  figures: Figures;
}

/**
 * A plan validated and its waivers applied to the merged findings: a waiver accepts a finding whichever states it
 * holds in, as long as its rule, subjects and value match (a finding whose value changes from one state to the next
 * is a different finding in the states where it differs).
 */
export function checkPlan(design: Design): PlanCheck {
  const validation = validatePlan(design);
  const last = validation.byState.get(validation.states.ids[validation.states.ids.length - 1]!)!;
  const merged = validation.findings;
  const waived = applyWaivers({ ...last, findings: merged, findingsBySubject: groupBySubject(merged) }, design.waivers);
  return { validation, findings: waived.findings as PlanFinding[], waivers: waived.waivers, figures: last.figures };
}

/**
 * One state as a design without a plan would report it (`lyncplan check --step ID`): the state's own findings and the
 * findings of the step that leads to it, without `steps`; undefined for an id that is no state of the plan.
 */
export function checkState(design: Design, stateId: string) {
  const validation = validatePlan(design);
  const state = validation.byState.get(stateId);
  if (!state) return undefined;
  const transitions: Finding[] = validation.transitions
    .filter((finding) => finding.steps.includes(stateId))
    .map(({ steps: _steps, ...finding }) => finding);
  const findings = [...state.findings, ...transitions].sort(compareFindings);
  return applyWaivers({ ...state, findings, findingsBySubject: groupBySubject(findings) }, design.waivers);
}
