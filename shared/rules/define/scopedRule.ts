import type { Finding, Rule, RuleContext } from './rule';

/**
 * What a rule says about one subject; the rule adds its id, the subject and the source. A verdict names a source
 * of its own where it applies another page's figure than the rule's (a Lync Server 2010 pool's, catalog/lync2010).
 */
export type Verdict = Omit<Finding, 'rule' | 'subjects' | 'source'> & { source?: string };

/**
 * Nothing to say, shared: a full validation of the 10k design asks some 60,000 (rule, subject) questions and
 * nearly all answer nothing, so a fresh empty array for each is most of the garbage it makes.
 */
export const NOTHING: readonly never[] = Object.freeze([]);

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
  verdicts: (subjectId: string, context: RuleContext) => readonly Verdict[],
): Rule {
  const evaluate = (subjectId: string, context: RuleContext): Finding[] => {
    const said = verdicts(subjectId, context);
    return said.length === 0
      ? (NOTHING as never[])
      : said.map(({ source, ...verdict }) => ({
          rule: spec.id,
          ...verdict,
          subjects: [subjectId],
          source: source ?? spec.source,
        }));
  };
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    scope: { kind, evaluate },
    check(context) {
      const findings: Finding[] = [];
      for (const subjectId of subjects(context))
        for (const finding of evaluate(subjectId, context)) findings.push(finding);
      return findings;
    },
  };
}
