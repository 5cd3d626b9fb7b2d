import { type PoolPair, poolPairs } from '../../analysis/pairs';
import type { Finding, Rule, RuleContext } from './rule';

export type PairVerdict = Omit<Finding, 'rule' | 'source'>;

/** A rule about each DR pair (`backupPool` association) on its own. */
export function definePairRule(spec: {
  id: string;
  title: string;
  source: string;
  structural?: boolean;
  evaluate: (pair: PoolPair, context: RuleContext) => PairVerdict[];
}): Rule {
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    ...(spec.structural ? { structural: true } : {}),
    check(context) {
      return poolPairs(context.design.associations, context.index).flatMap((pair) =>
        spec.evaluate(pair, context).map((verdict) => ({ rule: spec.id, ...verdict, source: spec.source })),
      );
    },
  };
}
