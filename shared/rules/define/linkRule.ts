import type { Link } from '../../model/link';
import type { Rule, RuleContext } from './rule';
import { defineScopedRule, NOTHING, type ScopedRuleSpec, type Verdict } from './scopedRule';

export type LinkVerdict = Verdict;

/** A rule about each WAN link on its own. */
export function defineLinkRule(
  spec: ScopedRuleSpec & { evaluate: (link: Link, context: RuleContext) => LinkVerdict[] },
): Rule {
  return defineScopedRule(
    spec,
    'link',
    (context) => context.index.linksById.keys(),
    (linkId, context) => {
      const link = context.index.linksById.get(linkId);
      return link ? spec.evaluate(link, context) : NOTHING;
    },
  );
}
