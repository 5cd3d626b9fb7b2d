import type { Finding } from '../rules/define/rule';
import { mergeFindings } from './findingOrder';

/** Entity id -> the findings about it, in the order of the findings list (most severe first). */
export type FindingsBySubject = ReadonlyMap<string, readonly Finding[]>;

/** Groups a sorted findings list by the entities it is about: what the badges and the inspector show. */
export function groupBySubject(findings: readonly Finding[]): FindingsBySubject {
  const bySubject = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const subject of finding.subjects) {
      const list = bySubject.get(subject);
      if (list) list.push(finding);
      else bySubject.set(subject, [finding]);
    }
  }
  return bySubject;
}

/**
 * The grouping after an edit, from the grouping before it: only the subjects of the findings removed or added get
 * a new list (merged as the whole list is, so each list stays in the list's order); every other list is the same
 * array as before.
 */
export function regroupBySubject(
  before: FindingsBySubject,
  removed: ReadonlySet<Finding>,
  added: readonly Finding[],
): FindingsBySubject {
  const addedBySubject = new Map<string, Finding[]>();
  for (const finding of added) {
    for (const subject of finding.subjects) {
      const list = addedBySubject.get(subject);
      if (list) list.push(finding);
      else addedBySubject.set(subject, [finding]);
    }
  }
  const touched = new Set(addedBySubject.keys());
  for (const finding of removed) for (const subject of finding.subjects) touched.add(subject);
  const after = new Map(before);
  for (const subject of touched) {
    const list = mergeFindings(before.get(subject) ?? NONE, removed, addedBySubject.get(subject) ?? []);
    if (list.length > 0) after.set(subject, list);
    else after.delete(subject);
  }
  return after;
}

const NONE: readonly Finding[] = [];
