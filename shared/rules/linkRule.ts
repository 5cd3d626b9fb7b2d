import type { Link } from '../model/link';
import type { Finding, Rule, RuleContext } from './rule';

export type LinkVerdict = Omit<Finding, 'rule' | 'subjects' | 'source'>;

/** A rule about each WAN link on its own. */
export function defineLinkRule(spec: { id: string; title: string; source: string; evaluate: (link: Link, context: RuleContext) => LinkVerdict[] }): Rule {
  const findingsOf = (link: Link, context: RuleContext): Finding[] => spec.evaluate(link, context).map((verdict) => ({ rule: spec.id, ...verdict, subjects: [link.id], source: spec.source }));
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    scope: {
      kind: 'link',
      evaluate: (linkId, context) => {
        const link = context.index.linksById.get(linkId);
        return link ? findingsOf(link, context) : [];
      },
    },
    check: (context) => context.design.links.flatMap((link) => findingsOf(link, context)),
  };
}
