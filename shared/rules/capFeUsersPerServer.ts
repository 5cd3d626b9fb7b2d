import { BY_VERSION, figureFor } from '../catalog/byVersion';
import { FRONT_END } from '../catalog/frontEnd';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { productName } from '../wording/productNames';
import { definePoolRule } from './define/poolRule';

/**
 * One Front End server per 6,667 homed users (the documented 6,660, read as the docs' own designs use it:
 * see FRONT_END.usersPerServer); a Lync Server 2010 pool, one per 10,000 (its own capacity page). Compares the
 * running servers with the servers the users need (analysis/poolLoad frontEndServersFor, the figures' requiredServers).
 */
export const capFeUsersPerServer = definePoolRule({
  id: 'CAP-FE-USERS-PER-SERVER',
  title: 'One Front End server per 6,667 users',
  source: FRONT_END.usersPerServer.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users, servers, runningServers, requiredServers }) => {
    if (requiredServers === undefined || runningServers >= requiredServers) return [];
    const figure = figureFor(pool, BY_VERSION.frontEndUsersPerServer)!;
    const legacy = pool.version === 2010 ? `${productName(2010)} ` : '';
    const down = servers - runningServers;
    const running =
      down > 0 ? `${countOf(runningServers, 'running server')} (${down} down)` : countOf(runningServers, 'server');
    const message =
      users === 0
        ? `${describePool(pool)} has no running Front End servers; a pool needs at least one.`
        : `${describePool(pool)} homes ${countOf(users, 'user')} on ${running}; at ${formatCount(figure.value)} users per ${legacy}Front End server it needs ${requiredServers}.`;
    return [{ severity: 'warning', message, value: runningServers, limit: requiredServers, source: figure.source }];
  },
});
