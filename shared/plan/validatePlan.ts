import type { Design } from '../model/design';
import { migrationRules } from '../rules/define/migrationRegistry';
import type { PlanContext, PlanFinding } from '../rules/define/migrationRule';
import { knownPoolsById, knownPoolsByRole } from '../rules/define/planLookups';
import type { Finding } from '../rules/define/rule';
import { createValidator } from '../validate';
import { compareFindings } from '../validation/findingOrder';
import type { ValidationResult } from '../validation/fullValidation';
import { type PlanStates, planStates } from './planStates';

/** Everything `validate` knows of a design with a plan: each state's validation and the plan's own findings. */
export interface PlanValidation {
  states: PlanStates;
  /** Each state's validation, by state id (`start` and every step id), in plan order. */
  byState: ReadonlyMap<string, ValidationResult>;
  /** The findings of the `MIG-*` rules, each with the states it holds in. */
  transitions: PlanFinding[];
  /**
   * Every finding of every state and of the plan, each listed once with the ids of the states it holds in, in plan
   * order (migration.md, "Checking a plan"); most severe first, then by rule and subject.
   */
  findings: PlanFinding[];
}

/**
 * Checks every state of the plan with every rule, and every step with the migration rules. The states are validated
 * in plan order by one incremental validator, so a state that differs from the one before it only in user groups'
 * numbers is checked from what changed, as an edit is.
 */
export function validatePlan(design: Design): PlanValidation {
  const states = planStates(design);
  const validator = createValidator({ inPlan: (design.migration?.steps.length ?? 0) > 0 });
  const results: ValidationResult[] = [];
  const validationAt = (stepIndex: number): ValidationResult => {
    while (results.length <= stepIndex + 1) results.push(validator.validate(states.stateAt(results.length - 1)));
    return results[stepIndex + 1]!;
  };
  // Validate every state in order first: the validator is incremental only from one state to the next.
  validationAt(states.steps.length - 1);
  return planValidationOf(design, states, results);
}

/** The plan's validation from each state's (`start` first, then every step's, in plan order): the MIG rules and the merge. */
export function planValidationOf(
  design: Design,
  states: PlanStates,
  results: readonly ValidationResult[],
): PlanValidation {
  const byState = new Map<string, ValidationResult>();
  for (const [i, id] of states.ids.entries()) {
    byState.set(id, results[i]!);
    // A state's validation has its pools by id, made from the state's list: what the MIG rules ask first.
    const { pools } = states.stateAt(i - 1);
    knownPoolsById(pools, results[i]!.index.pools);
    knownPoolsByRole(pools, results[i]!.index.poolsByRole);
  }
  const context: PlanContext = { design, states, validationAt: (stepIndex) => results[stepIndex + 1]! };
  const transitions = migrationRules.flatMap((rule) => rule.check(context));
  return { states, byState, transitions, findings: mergeFindings(states.ids, byState, transitions) };
}

/**
 * A finding's identity across states: the same rule saying the same about the same subjects. Findings are bucketed
 * by rule and first subject (two look-ups of strings the findings hold, no key made) and told apart in a bucket by
 * their other subjects and what they say: a fresh validation's thousands of findings cost no new string.
 */
type Buckets = Map<string, Map<string | undefined, Merged[]>>;

const sameSaying = (a: Finding, b: Finding): boolean =>
  a.severity === b.severity &&
  a.message === b.message &&
  a.value === b.value &&
  a.limit === b.limit &&
  a.subjects.length === b.subjects.length &&
  a.subjects.every((subject, i) => subject === b.subjects[i]);

/**
 * The merged entry of a finding equal to this one (same rule, sameSaying), or a new one holding in `steps`, listed in
 * `merged` (a new entry is known by its `steps`, the array given).
 */
function entryFor(merged: Merged[], buckets: Buckets, finding: Finding, steps: string[]): Merged {
  let byRule = buckets.get(finding.rule);
  if (!byRule) {
    byRule = new Map();
    buckets.set(finding.rule, byRule);
  }
  const first = finding.subjects[0];
  const list = byRule.get(first);
  const seen = list?.find((entry) => sameSaying(entry.finding, finding));
  if (seen) return seen;
  const entry = { finding, steps };
  if (list) list.push(entry);
  else byRule.set(first, [entry]);
  merged.push(entry);
  return entry;
}

/** One finding of the plan while it is merged: the first object that said it, and the states it holds in. */
interface Merged {
  finding: Finding;
  steps: string[];
}

function mergeFindings(
  ids: readonly string[],
  byState: ReadonlyMap<string, ValidationResult>,
  transitions: readonly PlanFinding[],
): PlanFinding[] {
  // Every entry, in the order first seen (as the sort below keeps ties), and the same by bucket.
  const merged: Merged[] = [];
  const buckets: Buckets = new Map();
  // The same finding object in two states is the same finding: found by identity first, by its bucket only when new.
  const byObject = new Map<Finding, Merged>();
  let previous: readonly Finding[] | undefined;
  for (const id of ids) {
    const findings = byState.get(id)!.findings;
    // A state whose findings are the list of the state before it (a step that changed nothing the rules read).
    if (findings === previous) {
      for (const finding of findings) {
        const seen = byObject.get(finding)!;
        // Two findings of a state may say the same (one merged entry): the state counts once, as below.
        if (seen.steps[seen.steps.length - 1] !== id) seen.steps.push(id);
      }
      continue;
    }
    previous = findings;
    for (const finding of findings) {
      let seen = byObject.get(finding);
      if (!seen) {
        seen = entryFor(merged, buckets, finding, []);
        byObject.set(finding, seen);
      }
      // One finding listed twice in a state (two rules cannot say the same; this guards the steps' order) counts once.
      if (seen.steps[seen.steps.length - 1] !== id) seen.steps.push(id);
    }
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  for (const finding of transitions) {
    const steps = [...finding.steps];
    const seen = entryFor(merged, buckets, finding, steps);
    if (seen.steps === steps) continue;
    for (const step of finding.steps) if (!seen.steps.includes(step)) seen.steps.push(step);
    seen.steps.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  const findings: PlanFinding[] = [];
  for (const { finding, steps } of merged) findings.push(planFinding(finding, steps));
  return findings.sort(compareFindings);
}

/**
 * The plan's finding for a finding object and the states it holds in: the one made last time when those are the
 * same (a plan validated again after an edit holds most findings in the same states), so the plan's list is made of
 * the objects it had, and copying every finding of a large design on each edit is spared. Never changed once made.
 */
const planFindings = new WeakMap<Finding, PlanFinding>();
function planFinding(finding: Finding, steps: string[]): PlanFinding {
  const known = planFindings.get(finding);
  if (known && sameSteps(known.steps, steps)) return known;
  // A transition's finding that kept its states is itself the plan's.
  const made: PlanFinding =
    'steps' in finding && sameSteps((finding as PlanFinding).steps, steps)
      ? (finding as PlanFinding)
      : { ...finding, steps };
  planFindings.set(finding, made);
  return made;
}

const sameSteps = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);
