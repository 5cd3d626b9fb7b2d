import type { PoolFigures } from '../analysis/poolLoad';
import type { Pool } from '../model/pool';
import type { Finding, Rule, RuleContext } from './rule';

/** What a pool rule says about one pool; the rule adds its id, the subject and the source. */
export type PoolVerdict = Omit<Finding, 'rule' | 'subjects' | 'source'>;

export interface PoolRuleSpec {
  id: string;
  title: string;
  source: string;
  /** Which pools the rule is about (Enterprise Front End pools, Standard Edition servers...). */
  appliesTo: (pool: Pool) => boolean;
  /** The findings for one pool, given its figures (and the whole context, for rules that need more); none when it is within the limit. */
  evaluate: (pool: Pool, figures: PoolFigures, context: RuleContext) => PoolVerdict[];
}

/** A rule that looks at each pool of some roles on its own: the common shape of the capacity rules. */
export function definePoolRule(spec: PoolRuleSpec): Rule {
  const evaluate = (poolId: string, context: RuleContext): Finding[] => {
    const pool = context.index.pools.get(poolId);
    const poolFigures = context.figures.pools.get(poolId);
    if (!pool || !poolFigures || !spec.appliesTo(pool)) return [];
    return spec.evaluate(pool, poolFigures, context).map((verdict) => ({ rule: spec.id, ...verdict, subjects: [pool.id], source: spec.source }));
  };
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    scope: { kind: 'pool', evaluate },
    check(context) {
      const findings: Finding[] = [];
      for (const poolId of context.index.pools.keys()) findings.push(...evaluate(poolId, context));
      return findings;
    },
  };
}
