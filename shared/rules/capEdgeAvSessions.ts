import { remoteAccessGroups } from '../analysis/remoteAccessSizing';
import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { USER_MODEL } from '../catalog/userModel';
import { formatCount } from '../wording/numbers';
import type { Rule } from './define/rule';
import { defineSiteRule } from './define/siteRule';

/**
 * The scaled-Edge page's secondary triggers for an Edge pool, on a site whose Edge is one server: more than 15,000
 * Access Edge connections, or more than 1,000 web conferencing connections (5% of remote users in conferences).
 * The page and the user model's 5% are Lync Server 2013's: only the site's 2013 Edge servers, and the remote users
 * who enter through them, are judged (a site's one 2010 Edge server is sized by CAP-EDGE-REMOTE-USERS alone).
 */
export const capEdgeAvSessions: Rule = defineSiteRule({
  id: 'CAP-EDGE-AV-SESSIONS',
  title: "One Edge server past the scaled-Edge page's connection counts",
  source: REMOTE_ACCESS.edgePoolAccessConnections.source,
  evaluate(site, _load, context) {
    const edges = remoteAccessGroups(site.id, 'edge', context).find((group) => group.version === 2013);
    if (edges?.runningServers !== 1) return [];
    const access = edges.remoteUsers;
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
