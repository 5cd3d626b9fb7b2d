import type { SiteFigures } from '../../analysis/siteLoad';
import type { Site } from '../../model/site';
import type { Rule, RuleContext } from './rule';
import { defineScopedRule, NOTHING, type ScopedRuleSpec, type Verdict } from './scopedRule';

export type SiteVerdict = Verdict;

/**
 * A rule about each site on its own, from the site's figures (users, remote users, Edge and Director servers).
 * Scoped, so a typed user count re-runs it for the sites the edit touched, not for every site of the estate.
 */
export function defineSiteRule(
  spec: ScopedRuleSpec & { evaluate: (site: Site, figures: SiteFigures, context: RuleContext) => SiteVerdict[] },
): Rule {
  return defineScopedRule(
    spec,
    'site',
    (context) => context.index.sites.keys(),
    (siteId, context) => {
      const site = context.index.sites.get(siteId);
      const figures = context.figures.sites.get(siteId);
      return site && figures ? spec.evaluate(site, figures, context) : NOTHING;
    },
  );
}
