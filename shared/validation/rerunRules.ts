import type { Finding, Rule, RuleContext } from '../rules/define/rule';
import { mergeFindings, sameFindings } from './findingOrder';
import { regroupBySubject } from './findingsBySubject';
import type { ValidationResult, ValidationState } from './fullValidation';
import { readsTouched } from './readsTouched';
import type { TopologyChanges } from './topologyChanges';

const NONE: readonly Finding[] = [];

export interface Touched {
  pools: ReadonlySet<string>;
  links: ReadonlySet<string>;
  sites: ReadonlySet<string>;
}

/**
 * The findings after a change, from those before it: the pool, link and site rules run again for the subjects the
 * change touched, the design-wide rules in full (those that read only the topology, only when it changed what they
 * read: `changes`, absent for an edit of user groups, which changes no topology). A
 * rule's findings are replaced only where they say something new: most re-evaluations find what they found before,
 * and keeping the old objects keeps the maps, and the sorted list, as they were.
 */
export function rerunRules(
  state: ValidationState,
  context: RuleContext,
  touched: Touched,
  changes: TopologyChanges | undefined,
): Pick<ValidationState, 'scoped' | 'global'> & Pick<ValidationResult, 'findings' | 'findingsBySubject'> {
  const removed = new Set<Finding>();
  const added: Finding[] = [];
  const scoped = new Map<Rule, Map<string, Finding[]>>();
  for (const [rule, bySubject] of state.scoped) {
    const kind = rule.scope!.kind;
    const subjects = kind === 'pool' ? touched.pools : kind === 'link' ? touched.links : touched.sites;
    let next: Map<string, Finding[]> | undefined;
    for (const subject of subjects) {
      const before = bySubject.get(subject) ?? NONE;
      const found = rule.scope!.evaluate(subject, context);
      if (sameFindings(before, found)) continue;
      next ??= new Map(bySubject);
      for (const finding of before) removed.add(finding);
      added.push(...found);
      if (found.length > 0) next.set(subject, found);
      else next.delete(subject);
    }
    scoped.set(rule, next ?? bySubject);
  }
  const global = new Map<Rule, Finding[]>();
  for (const [rule, findings] of state.global) {
    const stands = rule.structural && (!changes?.structural || (rule.reads && !readsTouched(rule.reads, changes)));
    const found = stands ? findings : rule.check(context);
    if (sameFindings(findings, found)) {
      global.set(rule, findings);
      continue;
    }
    for (const finding of findings) removed.add(finding);
    added.push(...found);
    global.set(rule, found);
  }
  // Nothing new said: the same list and grouping, so what draws findings need not render again.
  const unchanged = removed.size === 0 && added.length === 0;
  const findings = unchanged ? state.result.findings : mergeFindings(state.result.findings, removed, added);
  const findingsBySubject = unchanged
    ? state.result.findingsBySubject
    : regroupBySubject(state.result.findingsBySubject, removed, added);
  return { scoped, global, findings, findingsBySubject };
}
