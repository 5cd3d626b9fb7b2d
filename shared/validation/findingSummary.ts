import type { Finding, Severity } from '../rules/define/rule';

/** The findings about one entity, as a badge shows them. */
export interface FindingSummary {
  count: number;
  worst: Severity;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** How many findings and the worst of them, or nothing when there are none. */
export function summarize(findings: readonly Finding[] | undefined): FindingSummary | undefined {
  if (!findings || findings.length === 0) return undefined;
  let worst: Severity = 'info';
  for (const finding of findings) if (rank[finding.severity] < rank[worst]) worst = finding.severity;
  return { count: findings.length, worst };
}

/** One summary of several lists (a site's badge for what it holds), without joining them first. */
export function summarizeLists(lists: ReadonlyArray<readonly Finding[] | undefined>): FindingSummary | undefined {
  let count = 0;
  let worst: Severity = 'info';
  for (const list of lists) {
    if (!list) continue;
    count += list.length;
    for (const finding of list) if (rank[finding.severity] < rank[worst]) worst = finding.severity;
  }
  return count === 0 ? undefined : { count, worst };
}
