import type { SiteFigures } from '../../analysis/siteLoad';
import { REMOTE_ACCESS } from '../../catalog/remoteAccess';
import { countOf, formatCount } from '../../wording/numbers';
import type { Rule } from './rule';
import { defineSiteRule } from './siteRule';

/** The two sizing rules of remote access differ only in the role and the figure; one definition serves both. */
export function defineRemoteSizingRule(
  id: string,
  role: 'Edge' | 'Director',
  serversOf: (site: Pick<SiteFigures, 'edgeServers' | 'directorServers'>) => number,
  perServer: number,
): Rule {
  return defineSiteRule({
    id,
    title: `${role} servers for the concurrent remote users of a site`,
    source: REMOTE_ACCESS.remoteUsersPerEdge.source,
    evaluate(site, load) {
      const servers = serversOf(load);
      // Sizing applies where the role is deployed; a site without one is a topology question, not capacity.
      if (servers === 0 || load.remoteUsers === 0) return [];
      const required = Math.ceil(load.remoteUsers / perServer);
      if (servers >= required) return [];
      return [
        {
          severity: 'warning',
          message: `Site ${site.name} has ${countOf(load.remoteUsers, 'concurrent remote user')}; at ${formatCount(perServer)} per ${role} server it needs ${countOf(required, `${role} server`)} and has ${servers}.`,
          value: servers,
          limit: required,
        },
      ];
    },
  });
}
