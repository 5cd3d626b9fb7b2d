import type { SiteFigures } from '../analysis/siteLoad';
import type { Site } from '../model/site';
import type { Finding, Rule, RuleContext } from './rule';

export type SiteVerdict = Omit<Finding, 'rule' | 'subjects' | 'source'>;

/**
 * A rule about each site on its own, from the site's figures (users, remote users, Edge and Director servers).
 * Scoped, so a typed user count re-runs it for the sites the edit touched, not for every site of the estate.
 */
export function defineSiteRule(spec: { id: string; title: string; source: string; evaluate: (site: Site, figures: SiteFigures, context: RuleContext) => SiteVerdict[] }): Rule {
  const evaluate = (siteId: string, context: RuleContext): Finding[] => {
    const site = context.index.sites.get(siteId);
    const figures = context.figures.sites.get(siteId);
    if (!site || !figures) return [];
    return spec.evaluate(site, figures, context).map((verdict) => ({ rule: spec.id, ...verdict, subjects: [site.id], source: spec.source }));
  };
  return {
    id: spec.id,
    title: spec.title,
    source: spec.source,
    scope: { kind: 'site', evaluate },
    check: (context) => context.design.sites.flatMap((site) => evaluate(site.id, context)),
  };
}
