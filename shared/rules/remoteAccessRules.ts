import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { USER_MODEL } from '../catalog/userModel';
import { formatCount } from '../wording/numbers';
import type { Rule } from './define/rule';
import { defineSiteRule } from './define/siteRule';

/** The two sizing rules of remote access differ only in the role and the figure; one definition serves both. */
function remoteSizingRule(
  id: string,
  role: 'Edge' | 'Director',
  serversOf: (site: { edgeServers: number; directorServers: number }) => number,
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
          message: `Site ${site.name} has ${formatCount(load.remoteUsers)} concurrent remote users; at ${formatCount(perServer)} per ${role} server it needs ${required} ${role} servers and has ${servers}.`,
          value: servers,
          limit: required,
        },
      ];
    },
  });
}

/** One Edge Server per 12,000 concurrent remote users per site (capacity planning page). */
export const capEdgeRemoteUsers = remoteSizingRule(
  'CAP-EDGE-REMOTE-USERS',
  'Edge',
  (s) => s.edgeServers,
  REMOTE_ACCESS.remoteUsersPerEdge.value,
);
/** One Director per 12,000 concurrent remote users per site (capacity planning page). */
export const capDirRemoteUsers = remoteSizingRule(
  'CAP-DIR-REMOTE-USERS',
  'Director',
  (s) => s.directorServers,
  REMOTE_ACCESS.remoteUsersPerDirector.value,
);

/**
 * The scaled-Edge page's secondary triggers for an Edge pool, on a site whose Edge is one server: more than 15,000
 * Access Edge connections, or more than 1,000 web conferencing connections (5% of remote users in conferences).
 */
export const capEdgeAvSessions: Rule = defineSiteRule({
  id: 'CAP-EDGE-AV-SESSIONS',
  title: "One Edge server past the scaled-Edge page's connection counts",
  source: REMOTE_ACCESS.edgePoolAccessConnections.source,
  evaluate(site, load) {
    if (load.edgeServers !== 1) return [];
    const access = load.remoteUsers;
    const webConf = Math.ceil((access * USER_MODEL.conferencePercent.value) / 100);
    const accessLimit = REMOTE_ACCESS.edgePoolAccessConnections.value;
    const webConfLimit = REMOTE_ACCESS.edgePoolWebConfConnections.value;
    if (access <= accessLimit && webConf <= webConfLimit) return [];
    return [
      {
        severity: 'info',
        message: `Site ${site.name}'s one Edge server would carry about ${formatCount(access)} Access Edge connections and ${formatCount(webConf)} web conferencing connections (${USER_MODEL.conferencePercent.value}% of remote users in conferences); the scaled-Edge page calls for an Edge pool above ${formatCount(accessLimit)} or ${formatCount(webConfLimit)}.`,
        value: webConf > webConfLimit ? webConf : access,
        limit: webConf > webConfLimit ? webConfLimit : accessLimit,
      },
    ];
  },
});
