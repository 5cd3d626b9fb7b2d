import { REMOTE_ACCESS } from '../../catalog/remoteAccess';
import type { Action } from '../../model/migration';
import type { Pool, PoolOfRole } from '../../model/pool';
import { formatCount } from '../../wording/numbers';
import type { PlanDraft } from './planDraft';
import { remoteUsersToCarry, splitsAhead } from './plannedLoad';
import { associationsFrom, poolIn } from './stateQueries';
import { counterpartName, idFrom } from './targetNames';
import { edgeServersFor } from './targetSizing';

/**
 * Phases 5 and 6 for the 2010 Edge pool the pilot pool uses; returns the 2013 Edge pool's id.
 * - Phase 5 (deploy-pilot-edge-server.md): a 2013 Edge beside it, under a new name (MIG-EDGE-FQDN-NOT-REUSED), with
 *   servers sized by the 2013 catalog for the remote users it will carry (the 2010 Edge's network interfaces and load
 *   balancing), without SIP or XMPP federation, its next hop the 2010 Edge's (the Director,
 *   or the pool), no pool associated for media: federation and external media still go through the 2010 Edge.
 * - Phase 6 (configure-federation-routes-and-media-traffic.md): in one federation downtime window, federation leaves
 *   the 2010 Edge for the 2013 one, whose next hop becomes the pilot pool, and the pilot pool's media moves to it.
 *   XMPP federation follows once every user is on 2013 (migratePool's moveXmpp).
 */
export function migrateEdge(
  draft: PlanDraft,
  legacyEdge: PoolOfRole<'edge'>,
  pool: Pool,
  mediaAssociation: string,
  by: { legacyPoolId: string },
): string {
  const state = draft.state;
  const servers = state.servers.filter((server) => server.poolId === legacyEdge.id);
  // Sized by the 2013 catalog for every remote user it will carry once the 2010 Edge is gone (targetSizing).
  const remoteUsers = remoteUsersToCarry(state, legacyEdge.siteId);
  const count = edgeServersFor(remoteUsers + splitsAhead(state));
  const edge: PoolOfRole<'edge'> = {
    id: '',
    siteId: legacyEdge.siteId,
    fqdn: draft.names.claim(counterpartName(legacyEdge.fqdn)),
    role: 'edge',
    // A pool of several servers is load balanced (TOPO-EE-NEEDS-LB), both sides alike (TOPO-EDGE-LB-SAME).
    loadBalancing: legacyEdge.loadBalancing ? { ...legacyEdge.loadBalancing } : { internal: 'dns', external: 'dns' },
    federation: false,
    xmpp: false,
  };
  edge.id = draft.freshId(idFrom(edge.fqdn));
  const adds = draft.addPool(
    edge,
    count,
    servers.map((server) => server.hardware),
  );
  draft.nearBy.set(edge.id, legacyEdge.id);
  const legacyHop = associationsFrom(state, legacyEdge.id, 'edgeNextHop')
    .map((a) => poolIn(state, a.to))
    .find((p) => p !== undefined);
  const hop = draft.addAssociation('edgeNextHop', edge.id, legacyHop?.id ?? pool.id);
  adds.push(hop.id);
  draft.step({
    id: `${edge.id}-5-pilot-edge`,
    phase: 5,
    name: `Add the 2013 Edge pool ${edge.fqdn}`,
    ...by,
    notes: `${count} Edge servers for ${formatCount(remoteUsers)} concurrent remote users (${formatCount(REMOTE_ACCESS.remoteUsersPerEdge.value)} each, at least ${REMOTE_ACCESS.minimumForHa.value} so one can fail); without SIP or XMPP federation, its next hop ${legacyHop?.fqdn ?? pool.fqdn}, no pool associated for media: federation still goes through ${legacyEdge.fqdn} (deploy-pilot-edge-server.md).`,
    actions: [{ op: 'add', ids: adds }],
  });
  const cutOver: Action[] = [];
  if (legacyEdge.federation === true)
    cutOver.push(
      { op: 'set', id: legacyEdge.id, fields: { federation: false } },
      { op: 'set', id: edge.id, fields: { federation: true } },
    );
  cutOver.push(
    { op: 'set', id: hop.id, fields: { to: pool.id } },
    { op: 'set', id: mediaAssociation, fields: { to: edge.id } },
  );
  draft.step({
    id: `${edge.id}-6-cut-over`,
    phase: 6,
    name: `Cut federation and remote access over to ${edge.fqdn}`,
    ...by,
    notes: `In one federation downtime window: disable federation on ${legacyEdge.fqdn}, move the Access Edge certificate, enable federation on ${edge.fqdn}, point its next hop at ${pool.fqdn} and the pool’s media at it (configure-federation-routes-and-media-traffic.md).`,
    actions: cutOver,
  });
  return edge.id;
}
