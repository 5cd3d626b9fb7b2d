import { type PoolPair, poolPairs } from '../../analysis/pairs';
import { type DesignRuleSpec, type DesignVerdict, defineDesignRule } from './designRule';
import type { Rule, RuleContext } from './rule';

export type PairVerdict = DesignVerdict;

/** A rule about each DR pair (`backupPool` association) on its own: a design-wide rule, pair by pair. */
export function definePairRule({
  evaluate,
  ...spec
}: Omit<DesignRuleSpec, 'check'> & { evaluate: (pair: PoolPair, context: RuleContext) => PairVerdict[] }): Rule {
  return defineDesignRule({
    ...spec,
    check: (context) =>
      poolPairs(context.design.associations, context.index).flatMap((pair) => evaluate(pair, context)),
  });
}
