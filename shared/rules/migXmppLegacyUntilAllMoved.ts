import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import { defineTransitionRule } from './define/migrationRule';
import { describeStep, pilotPoolsAdded, poolsOf, usersOnLegacyPools } from './define/planLookups';

/**
 * XMPP federation moves to Lync 2013 after every user: "legacy Lync Server 2010 users will not be able to
 * communicate with the XMPP federated partner until all users have been moved" (configure federation routes page;
 * migrating-xmpp-federation.md gives the order: 2013 pool, 2013 Edge, move all users, XMPP policies and certificates,
 * enable XMPP, DNS). Judged on the step that turns `xmpp` on for a 2013 Edge; a pilot Edge added with it is
 * MIG-PILOT-EDGE-NO-FEDERATION's. "Users still on Lync 2010" are read as planLookups' legacyUserHomes reads them (a 2010
 * SBA or SBS under a 2013 backup registrar is in the 2013 topology), the reading MIG-ARCH-MON-REMOVE-AFTER-USERS shares.
 */
export const migXmppLegacyUntilAllMoved = defineTransitionRule({
  id: 'MIG-XMPP-LEGACY-UNTIL-ALL-MOVED',
  title: 'XMPP federation moves to the 2013 Edge after every user',
  source: SOURCES.migratingXmpp,
  checkStep({ step, before, after }) {
    // The Edge pools first (a few), the users on legacy pools (a sum over every group) only when one enables XMPP.
    const hadXmpp = new Set(before.pools.filter((p) => p.role === 'edge' && p.xmpp === true).map((p) => p.id));
    const pilots = new Set(pilotPoolsAdded(before, after, 'edge').map((p) => p.id));
    const enabling = poolsOf(after, 'edge', 2013).filter(
      (edge) => edge.role === 'edge' && edge.xmpp === true && !hadXmpp.has(edge.id) && !pilots.has(edge.id),
    );
    if (enabling.length === 0) return [];
    const stillLegacy = usersOnLegacyPools(after);
    if (stillLegacy === 0) return [];
    return enabling.map((edge) => ({
      severity: 'warning' as const,
      subjects: [edge.id],
      message: `${describeStep(step)} enables XMPP federation on Lync 2013 ${describePool(edge)} while ${formatCount(stillLegacy)} users are still homed on Lync 2010 pools; they lose their XMPP contacts until every user is moved. Move all users to Lync 2013 first, then create the XMPP policies and certificates, enable XMPP federation and update DNS.`,
      value: stillLegacy,
      limit: 0,
    }));
  },
});
