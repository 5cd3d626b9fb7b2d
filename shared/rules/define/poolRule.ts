import type { PoolFigures } from '../../analysis/poolLoad';
import type { Pool } from '../../model/pool';
import type { Rule, RuleContext } from './rule';
import { defineScopedRule, NOTHING, type ScopedRuleSpec, type Verdict } from './scopedRule';

/** What a pool rule says about one pool; the rule adds its id, the subject and the source. */
export type PoolVerdict = Verdict;

export interface PoolRuleSpec extends ScopedRuleSpec {
  /** Which pools the rule is about (Enterprise Front End pools, Standard Edition servers...). */
  appliesTo: (pool: Pool) => boolean;
  /** The findings for one pool, given its figures (and the whole context, for rules that need more); none when it is within the limit. */
  evaluate: (pool: Pool, figures: PoolFigures, context: RuleContext) => PoolVerdict[];
}

/** A rule that looks at each pool of some roles on its own: the common shape of the capacity rules. */
export function definePoolRule(spec: PoolRuleSpec): Rule {
  return defineScopedRule(
    spec,
    'pool',
    (context) => context.index.pools.keys(),
    (poolId, context) => {
      const pool = context.index.pools.get(poolId);
      if (!pool || !spec.appliesTo(pool)) return NOTHING;
      const poolFigures = context.figures.pools.get(poolId);
      return poolFigures ? spec.evaluate(pool, poolFigures, context) : NOTHING;
    },
  );
}
