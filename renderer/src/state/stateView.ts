import { type Design, entityCollections } from '../../../shared/model/design';
import { START_STATE, type Step } from '../../../shared/model/migration';
import { type StateDiff, stateDiff } from '../../../shared/plan/stateDiff';
import { stepSummary } from '../../../shared/report/stepSummary';
import type { PlanFinding } from '../../../shared/rules/define/migrationRule';
import type { Finding } from '../../../shared/rules/define/rule';
import { compareFindings } from '../../../shared/validation/findingOrder';
import { groupBySubject } from '../../../shared/validation/findingsBySubject';
import type { ValidationResult } from '../../../shared/validation/fullValidation';
import { applyWaivers, type WaivedValidation } from '../../../shared/waivers/applyWaivers';
import type { PlanView } from './planView';

/**
 * What the canvas, the inspector, the findings panel and the overview map show: one state of the plan. For a design
 * without a plan it is the design itself, with the validation the document store keeps for it.
 */
export interface StateView {
  /** `start` or a step id; undefined for a design without a plan. */
  stateId: string | undefined;
  design: Design;
  /** The state's findings and its step's transition findings, the design's waivers applied. */
  validation: WaivedValidation;
  /** The selected step (none for `start`) and its index in the plan (-1 for `start`). */
  step?: Step;
  stepIndex?: number;
  /** The state before the selected step, what the step changes from it, and the line that says it. */
  before?: Design;
  diff?: StateDiff;
  summary?: string;
  /** The findings of the migration rules about the selected step. */
  transitions: readonly PlanFinding[];
}

const NO_TRANSITIONS: readonly PlanFinding[] = [];

/**
 * Derives the view of a state. Made once per open document: while neither the state's validation, its step's
 * transition findings nor the waivers change (a drag, a rename in another state), it hands back the same validation
 * object, so nothing that draws findings renders again.
 */
export function createStateView(): (
  design: Design,
  fileValidation: WaivedValidation,
  plan: PlanView | null,
  stateId: string | undefined,
) => StateView {
  let last:
    | { result: ValidationResult; transitions: readonly Finding[]; waivers: Design['waivers']; view: WaivedValidation }
    | undefined;
  let lastView: StateView | undefined;
  const waivedState = (result: ValidationResult, transitions: readonly PlanFinding[], design: Design) => {
    if (last && last.result === result && last.waivers === design.waivers && sameList(last.transitions, transitions))
      return last.view;
    const findings =
      transitions.length === 0 ? result.findings : [...result.findings, ...transitions].sort(compareFindings);
    const combined =
      transitions.length === 0 ? result : { ...result, findings, findingsBySubject: groupBySubject(findings) };
    const view = applyWaivers(combined, design.waivers);
    last = { result, transitions, waivers: design.waivers, view };
    return view;
  };
  return (design, fileValidation, plan, stateId) => {
    if (!plan || stateId === undefined)
      return { stateId: undefined, design, validation: fileValidation, transitions: NO_TRANSITIONS };
    const states = plan.validation.states;
    const id = states.indexOf(stateId) === undefined ? START_STATE : stateId;
    const stepIndex = states.indexOf(id)!;
    const state = onScreen(states.stateAt(stepIndex), design);
    const result = plan.validation.byState.get(id)!;
    const transitions = plan.validation.transitions.filter((finding) => finding.steps.includes(id));
    const validation = waivedState(result, transitions.length === 0 ? NO_TRANSITIONS : transitions, design);
    if (lastView && lastView.design === state && lastView.validation === validation && lastView.stateId === id)
      return lastView;
    if (stepIndex < 0) {
      lastView = { stateId: id, design: state, validation, stepIndex, transitions };
      return lastView;
    }
    const before = onScreen(states.stateAt(stepIndex - 1), design);
    const diff = stateDiff(before, state);
    lastView = {
      stateId: id,
      design: state,
      validation,
      step: states.steps[stepIndex],
      stepIndex,
      before,
      diff,
      summary: stepSummary(diff, before, state),
      transitions,
    };
    return lastView;
  };
}

/**
 * The state as the canvas draws it: its entities, with the open file's layout, meta, settings and waivers. Those are
 * the file's, shared by every state, and the plan validator hands back states derived before a layout-only edit (the
 * same validation, by design), so a box dragged in a step must still be drawn where it was dropped. Kept per pair, so
 * the same state of the same file is the same object.
 */
const shown = new WeakMap<Design, WeakMap<Design, Design>>();
function onScreen(state: Design, file: Design): Design {
  let byFile = shown.get(state);
  if (!byFile) {
    byFile = new WeakMap();
    shown.set(state, byFile);
  }
  let view = byFile.get(file);
  if (!view) {
    const { migration: _plan, ...fileFields } = file;
    view = { ...fileFields };
    for (const collection of entityCollections) (view as Record<string, unknown>)[collection] = state[collection];
    byFile.set(file, view);
  }
  return view;
}

const sameList = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((finding, i) => finding === b[i]);
