import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../analysis/poolLoad';
import { describePool, formatCount } from './describe';
import type { Finding, Rule } from './rule';

/**
 * One Front End server per 6,667 homed users (the documented 6,660, read as the docs' own designs use it:
 * see FRONT_END.usersPerServer). Compares the running servers with the servers the users need.
 */
export const capFeUsersPerServer: Rule = {
  id: 'CAP-FE-USERS-PER-SERVER',
  title: 'One Front End server per 6,667 users',
  source: FRONT_END.usersPerServer.source,
  check({ index, figures }) {
    const perServer = FRONT_END.usersPerServer.value;
    const findings: Finding[] = [];
    for (const pool of index.pools.values()) {
      if (!isEnterpriseFrontEnd(pool)) continue;
      const load = figures.pools.get(pool.id);
      if (!load || load.requiredServers === undefined || load.runningServers >= load.requiredServers) continue;
      const down = load.servers - load.runningServers;
      const running = down > 0 ? `${load.runningServers} running servers (${down} down)` : `${load.runningServers} server${load.runningServers === 1 ? '' : 's'}`;
      const message =
        load.users === 0
          ? `${describePool(pool)} has no running Front End servers; a pool needs at least one.`
          : `${describePool(pool)} homes ${formatCount(load.users)} users on ${running}; at ${formatCount(perServer)} users per Front End server it needs ${load.requiredServers}.`;
      findings.push({
        rule: this.id,
        severity: 'warning',
        subjects: [pool.id],
        message,
        value: load.runningServers,
        limit: load.requiredServers,
        source: this.source,
      });
    }
    return findings;
  },
};
