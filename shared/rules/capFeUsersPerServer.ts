import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const perServer = FRONT_END.usersPerServer.value;

/**
 * One Front End server per 6,667 homed users (the documented 6,660, read as the docs' own designs use it:
 * see FRONT_END.usersPerServer). Compares the running servers with the servers the users need.
 */
export const capFeUsersPerServer = definePoolRule({
  id: 'CAP-FE-USERS-PER-SERVER',
  title: 'One Front End server per 6,667 users',
  source: FRONT_END.usersPerServer.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users, servers, runningServers, requiredServers }) => {
    if (requiredServers === undefined || runningServers >= requiredServers) return [];
    const down = servers - runningServers;
    const running =
      down > 0 ? `${countOf(runningServers, 'running server')} (${down} down)` : countOf(runningServers, 'server');
    const message =
      users === 0
        ? `${describePool(pool)} has no running Front End servers; a pool needs at least one.`
        : `${describePool(pool)} homes ${countOf(users, 'user')} on ${running}; at ${formatCount(perServer)} users per Front End server it needs ${requiredServers}.`;
    return [{ severity: 'warning', message, value: runningServers, limit: requiredServers }];
  },
});
