import type { Design } from '../model/design';
import type { Waiver } from '../model/waiver';
import type { Finding } from '../rules/define/rule';
import { type ValidationResult, validate } from '../validate';
import type { FindingsBySubject } from '../validation/findingsBySubject';

/** A finding the architect accepted, with the waiver that accepts it. */
export interface WaivedFinding {
  finding: Finding;
  waiver: Waiver;
}

/**
 * A waiver that matches no finding any more. `now` is the finding of the same rule about the same subjects that the
 * rule gives instead (its value changed: 9 servers became 10), shown again as a finding; without it, the rule no
 * longer says anything about those subjects (the design was fixed, or the finding changed its subjects).
 */
export interface StaleWaiver {
  waiver: Waiver;
  now?: Finding;
}

export interface WaiverOutcome {
  /** In the order of the validator's findings (most severe first). */
  waived: readonly WaivedFinding[];
  /** In the order of the design's waivers. */
  stale: readonly StaleWaiver[];
}

/**
 * A validation with the design's waivers applied: `findings` and `findingsBySubject` hold only the findings that
 * still count (the errors the exit status, the badges and the counts see); the waived ones, and the waivers that no
 * longer match, are in `waivers`.
 */
export interface WaivedValidation extends ValidationResult {
  waivers: WaiverOutcome;
}

const NONE: readonly Finding[] = [];
const NO_WAIVERS: WaiverOutcome = { waived: [], stale: [] };

/**
 * Whether a waiver accepts a finding: the same rule, the same subjects in any order and, when the waiver recorded a
 * value, the same value. A waiver without a value accepts the finding whatever it compares.
 */
export function waiverMatches(waiver: Waiver, finding: Pick<Finding, 'rule' | 'subjects' | 'value'>): boolean {
  return (
    waiver.rule === finding.rule &&
    sameSubjects(waiver.subjects, finding.subjects) &&
    (waiver.value === undefined || waiver.value === finding.value)
  );
}

/** The same ids, counted, in any order (subjects are few: a handful at most). */
export function sameSubjects(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 1) return a[0] === b[0];
  const left = [...a].sort();
  const right = [...b].sort();
  return left.every((id, i) => id === right[i]);
}

/**
 * Applies the design's waivers to its validation. With no waivers it costs one object. Otherwise each waiver looks
 * only at the findings about its first subject (the validator has them grouped already), so the matching grows with
 * the waivers, not with the findings; the findings are filtered once, and only when something is waived.
 */
export function applyWaivers(result: ValidationResult, waivers: readonly Waiver[] | undefined): WaivedValidation {
  if (!waivers || waivers.length === 0) return { ...result, waivers: NO_WAIVERS };
  const waiverOf = new Map<Finding, Waiver>();
  const stale: StaleWaiver[] = [];
  let subjectless: Map<string, Finding[]> | undefined;
  for (const waiver of waivers) {
    let candidates: readonly Finding[];
    if (waiver.subjects.length > 0) candidates = result.findingsBySubject.get(waiver.subjects[0]!) ?? NONE;
    else {
      // A finding about the design as a whole has no subjects; index those by rule once, the first time one is waived.
      subjectless ??= findingsWithoutSubjects(result.findings);
      candidates = subjectless.get(waiver.rule) ?? NONE;
    }
    let matched = false;
    let now: Finding | undefined;
    for (const finding of candidates) {
      if (finding.rule !== waiver.rule || !sameSubjects(waiver.subjects, finding.subjects)) continue;
      if (waiver.value === undefined || waiver.value === finding.value) {
        matched = true;
        // Two waivers of one finding: the first (in the design's order) is the one shown.
        if (!waiverOf.has(finding)) waiverOf.set(finding, waiver);
      } else now ??= finding;
    }
    if (!matched) stale.push(now ? { waiver, now } : { waiver });
  }
  if (waiverOf.size === 0) return { ...result, waivers: { waived: [], stale } };
  const findings: Finding[] = [];
  const waived: WaivedFinding[] = [];
  for (const finding of result.findings) {
    const waiver = waiverOf.get(finding);
    if (waiver) waived.push({ finding, waiver });
    else findings.push(finding);
  }
  return {
    ...result,
    findings,
    findingsBySubject: withoutFindings(result.findingsBySubject, waiverOf),
    waivers: { waived, stale },
  };
}

/** The grouping without the waived findings: only the lists of their subjects are new, every other is the same. */
function withoutFindings(bySubject: FindingsBySubject, gone: ReadonlyMap<Finding, unknown>): FindingsBySubject {
  const after = new Map(bySubject);
  for (const finding of gone.keys()) {
    for (const subject of finding.subjects) {
      const list = after.get(subject);
      if (!list) continue;
      const kept = list.filter((other) => !gone.has(other));
      if (kept.length > 0) after.set(subject, kept);
      else after.delete(subject);
    }
  }
  return after;
}

function findingsWithoutSubjects(findings: readonly Finding[]): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.subjects.length > 0) continue;
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  return byRule;
}

/** The validation every host reports from: the design validated, its waivers applied (the command line, the tests). */
export function validateWithWaivers(design: Design): WaivedValidation {
  return applyWaivers(validate(design), design.waivers);
}

/**
 * applyWaivers for a document that changes one edit at a time: while neither the validation nor the waivers have
 * changed (a drag, a rename) it hands back the same object, so nothing that draws findings renders again; while the
 * findings have not changed (a typed count that crosses no limit) it keeps the lists it made and matches nothing.
 */
export function createWaiverView(): (
  result: ValidationResult,
  waivers: readonly Waiver[] | undefined,
) => WaivedValidation {
  let last: { result: ValidationResult; waivers: readonly Waiver[] | undefined; view: WaivedValidation } | undefined;
  return (result, waivers) => {
    if (last && last.waivers === waivers) {
      if (last.result === result) return last.view;
      // Most keystrokes change figures but no finding: the validator keeps its lists, and so does the view.
      if (last.result.findings === result.findings && last.result.findingsBySubject === result.findingsBySubject) {
        const { findings, findingsBySubject, waivers: outcome } = last.view;
        const view = { ...result, findings, findingsBySubject, waivers: outcome };
        last = { result, waivers, view };
        return view;
      }
    }
    const view = applyWaivers(result, waivers);
    last = { result, waivers, view };
    return view;
  };
}
