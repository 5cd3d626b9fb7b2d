import { type Finding, type Rule, severities } from '../rules/define/rule';

const severityRank: Record<string, number> = Object.fromEntries(severities.map((severity, rank) => [severity, rank]));
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most severe first, then by rule id and subject: a total order, so the panel never reorders on its own. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity]! - severityRank[b.severity]! ||
    compareText(a.rule, b.rule) ||
    compareText(a.subjects[0] ?? '', b.subjects[0] ?? '')
  );
}

/** Every finding of the design-wide rules and of the per-pool, per-link and per-site rules, unordered. */
export function collectFindings(
  scoped: ReadonlyMap<Rule, ReadonlyMap<string, Finding[]>>,
  global: ReadonlyMap<Rule, Finding[]>,
): Finding[] {
  const findings: Finding[] = [];
  for (const list of global.values()) for (const finding of list) findings.push(finding);
  for (const bySubject of scoped.values())
    for (const list of bySubject.values()) for (const finding of list) findings.push(finding);
  return findings;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

/** The same finding, said the same way: re-evaluating a rule gives new objects even when nothing changed. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.value === b.value &&
    a.limit === b.limit &&
    a.source === b.source &&
    a.subjects.length === b.subjects.length &&
    a.subjects.every((subject, i) => subject === b.subjects[i])
  );
}

/** Two lists of one rule's findings that say the same, in the same order (rules report in a fixed order). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, i) => sameFinding(finding, b[i]!));
}

/**
 * The sorted findings after an edit, from the sorted findings before it: drop those that were re-evaluated,
 * merge in their replacements. Linear in the findings, where sorting them all again is not.
 */
export function mergeFindings(before: readonly Finding[], removed: ReadonlySet<Finding>, added: Finding[]): Finding[] {
  added.sort(compareFindings);
  const merged: Finding[] = [];
  let j = 0;
  for (const finding of before) {
    if (removed.has(finding)) continue;
    while (j < added.length && compareFindings(added[j]!, finding) < 0) merged.push(added[j++]!);
    merged.push(finding);
  }
  while (j < added.length) merged.push(added[j++]!);
  return merged;
}
