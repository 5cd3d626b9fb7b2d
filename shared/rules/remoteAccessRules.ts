import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { formatCount } from './describe';
import type { Finding, Rule, RuleContext } from './rule';

/** The two sizing rules of remote access differ only in the role and the figure; one definition serves both. */
function remoteSizingRule(id: string, role: 'Edge' | 'Director', serversOf: (site: { edgeServers: number; directorServers: number }) => number, perServer: number): Rule {
  return {
    id,
    title: `${role} servers for the concurrent remote users of a site`,
    source: REMOTE_ACCESS.remoteUsersPerEdge.source,
    check({ design, figures }: RuleContext) {
      const findings: Finding[] = [];
      for (const site of design.sites) {
        const load = figures.sites.get(site.id);
        if (!load) continue;
        const servers = serversOf(load);
        // Sizing applies where the role is deployed; a site without one is a topology question, not capacity.
        if (servers === 0 || load.remoteUsers === 0) continue;
        const required = Math.ceil(load.remoteUsers / perServer);
        if (servers >= required) continue;
        findings.push({
          rule: id,
          severity: 'warning',
          subjects: [site.id],
          message: `Site ${site.name} has ${formatCount(load.remoteUsers)} concurrent remote users; at ${formatCount(perServer)} per ${role} server it needs ${required} ${role} servers and has ${servers}.`,
          value: servers,
          limit: required,
          source: REMOTE_ACCESS.remoteUsersPerEdge.source,
        });
      }
      return findings;
    },
  };
}

/** One Edge Server per 12,000 concurrent remote users per site (capacity planning page). */
export const capEdgeRemoteUsers = remoteSizingRule('CAP-EDGE-REMOTE-USERS', 'Edge', (s) => s.edgeServers, REMOTE_ACCESS.remoteUsersPerEdge.value);
/** One Director per 12,000 concurrent remote users per site (capacity planning page). */
export const capDirRemoteUsers = remoteSizingRule('CAP-DIR-REMOTE-USERS', 'Director', (s) => s.directorServers, REMOTE_ACCESS.remoteUsersPerDirector.value);
