import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { USER_MODEL } from '../catalog/userModel';
import { formatCount } from '../wording/numbers';
import type { Rule } from './define/rule';
import { defineSiteRule } from './define/siteRule';

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
