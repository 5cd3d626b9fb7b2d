import { remoteAccessGroups } from '../../analysis/remoteAccessSizing';
import { REMOTE_ACCESS } from '../../catalog/remoteAccess';
import { countOf, formatCount } from '../../wording/numbers';
import { productName } from '../../wording/productNames';
import type { Rule } from './rule';
import type { SiteVerdict } from './siteRule';
import { defineSiteRule } from './siteRule';

/**
 * The two sizing rules of remote access differ only in the role and the figure; one definition serves both. A site
 * is sized per product version (analysis/remoteAccessSizing): its Lync Server 2010 pools at the 2010 figure, citing
 * the 2010 page. A site with one version reads as it always has; a site with both says which servers it means.
 */
export function defineRemoteSizingRule(id: string, role: 'Edge' | 'Director'): Rule {
  const poolRole = role === 'Edge' ? 'edge' : 'director';
  return defineSiteRule({
    id,
    title: `${role} servers for the concurrent remote users of a site`,
    source: REMOTE_ACCESS.remoteUsersPerEdge.source,
    evaluate(site, _load, context) {
      const groups = remoteAccessGroups(site.id, poolRole, context);
      const verdicts: SiteVerdict[] = [];
      for (const group of groups) {
        const { runningServers: servers, remoteUsers, requiredServers: required, perServer, version } = group;
        // Sizing applies where the role is deployed; a site without one is a topology question, not capacity.
        if (servers === 0 || remoteUsers === 0 || servers >= required) continue;
        const named = groups.length > 1 || version !== 2013 ? `${productName(version)} ${role}` : role;
        const through = groups.length > 1 ? ` through its ${named} pools` : '';
        verdicts.push({
          severity: 'warning',
          message: `Site ${site.name} has ${countOf(remoteUsers, 'concurrent remote user')}${through}; at ${formatCount(perServer.value)} per ${named} server it needs ${countOf(required, `${named} server`)} and has ${servers}.`,
          value: servers,
          limit: required,
          source: perServer.source,
        });
      }
      return verdicts;
    },
  });
}
