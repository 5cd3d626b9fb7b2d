import type { Finding, Rule, RuleContext } from './rule';

/** What a rule says about one subject; the rule adds its id, the subject and the source. */
export type Verdict = Omit<Finding, 'rule' | 'subjects' | 'source'>;

export interface ScopedRuleSpec {
  id: string;
  title: string;
  source: string;
}

/**
 * The common shape of the rules about one subject at a time (a pool, a link, a site): `verdicts` judges one
 * subject by id, `subjects` lists them all in design order. The validator re-runs `scope.evaluate` for just the
 * subjects an edit touched; `check` is every subject in turn.
 */
export function defineScopedRule(
  spec: ScopedRuleSpec,
  kind: NonNullable<Rule['scope']>['kind'],
  subjects: (context: RuleContext) => Iterable<string>,
  verdicts: (subjectId: string, context: RuleContext) => Verdict[],
): Rule {
  const evaluate = (subjectId: string, context: RuleContext): Finding[] =>
    verdicts(subjectId, context).map((verdict) => ({ rule: spec.id, ...verdict, subjects: [subjectId], source: spec.source }));
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    scope: { kind, evaluate },
    check(context) {
      const findings: Finding[] = [];
      for (const subjectId of subjects(context)) findings.push(...evaluate(subjectId, context));
      return findings;
    },
  };
}
