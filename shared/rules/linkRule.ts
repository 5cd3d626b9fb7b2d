import type { Link } from '../model/link';
import type { Finding, Rule, RuleContext } from './rule';

export type LinkVerdict = Omit<Finding, 'rule' | 'subjects' | 'source'>;

/** A rule about each WAN link on its own. */
export function defineLinkRule(spec: { id: string; title: string; source: string; evaluate: (link: Link, context: RuleContext) => LinkVerdict[] }): Rule {
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    check(context) {
      return context.design.links.flatMap((link) => spec.evaluate(link, context).map((verdict) => ({ rule: spec.id, ...verdict, subjects: [link.id], source: spec.source })));
    },
  };
}
