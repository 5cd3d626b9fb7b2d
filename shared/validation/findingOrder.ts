import { severities, type Finding, type Rule } from '../rules/rule';

const severityRank = new Map(severities.map((severity, rank) => [severity, rank]));
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most severe first, then by rule id and subject: a total order, so the panel never reorders on its own. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank.get(a.severity)! - severityRank.get(b.severity)! || compareText(a.rule, b.rule) || compareText(a.subjects[0] ?? '', b.subjects[0] ?? '');
}

/** All findings of a validation, in order: the design-wide rules' and the per-pool and per-link rules'. */
export function assembleFindings(scoped: ReadonlyMap<Rule, ReadonlyMap<string, Finding[]>>, global: ReadonlyMap<Rule, Finding[]>): Finding[] {
  const findings: Finding[] = [];
  for (const list of global.values()) for (const finding of list) findings.push(finding);
  for (const bySubject of scoped.values()) for (const list of bySubject.values()) for (const finding of list) findings.push(finding);
  return findings.sort(compareFindings);
}
