import { type HostedKind, hostedKinds } from '../../model/hosts';
import type { Action } from '../../model/migration';
import type { FrontEndPool, Pool, PoolOfRole } from '../../model/pool';
import { usersOnLegacyPools } from '../../rules/define/planLookups';
import { formatCount } from '../../wording/numbers';
import { migrateEdge } from './migrateEdge';
import type { PlanDraft } from './planDraft';
import { collocatedCallsToCarry, siteCallsToCarry, splitsAhead } from './plannedLoad';
import {
  associatedPool,
  associationsFrom,
  associationsTo,
  branchAppliancesOf,
  groupsHomedOn,
  legacyFrontEnds,
  poolIn,
  stillUsed,
  usersCarried,
} from './stateQueries';
import { counterpartName, idFrom } from './targetNames';
import {
  backEndServers,
  collocatedMediationCarries,
  frontEndServersWithHeadroom,
  mediationServersFor,
  targetEdition,
} from './targetSizing';

/** What the steps of one legacy pool share with those of the others: the 2013 Edge that replaces each 2010 one. */
export interface EstateProgress {
  /** 2010 Edge pool id -> the 2013 Edge pool deployed in its place. */
  edgeReplacements: Map<string, string>;
}

/** Everything but the conference directories moves in phase 7; those move in phase 8, just before the pool goes. */
const PHASE_7_HOSTED: readonly HostedKind[] = hostedKinds.filter((kind) => kind !== 'conferenceDirectories');

/**
 * The guide's phases 3 to 8 for one Lync 2010 Front End pool or Standard Edition server (migration-phases.md: "each
 * individual pool should follow this phased approach"), written step by step against the state the plan has
 * reached. Phases 1 and 2 (plan, prepare) change nothing in the topology, so they have no step.
 */
export function migratePool(
  draft: PlanDraft,
  legacy: FrontEndPool,
  target: { fqdn: string; pilotUsers: number },
  progress: EstateProgress,
): void {
  const by = { legacyPoolId: legacy.id };
  const state = draft.state;
  const site = legacy.siteId;
  const users = usersCarried(state, legacy.id);

  // Phase 3: the pilot pool beside the legacy one, its own Back End with the same high availability, its file store.
  // Its Front Ends carry the users and, when Mediation stays collocated, the calls; calls past what 12 Front Ends
  // carry go to a stand-alone 2013 Mediation pool instead (CAP-MED-COLLOCATED-CALLS: "Deploy a stand-alone Mediation pool").
  const collocated = legacy.mediationCollocated !== false;
  const calls = collocated ? collocatedCallsToCarry(state, legacy.id) : 0;
  const standaloneMediation = collocated && !collocatedMediationCarries(calls + splitsAhead(state));
  const pooledCalls = standaloneMediation ? 0 : calls;
  const sizedCalls = standaloneMediation ? 0 : calls + splitsAhead(state);
  const edition = targetEdition(legacy.edition, users, sizedCalls);
  const pool: FrontEndPool = {
    id: draft.freshId(idFrom(target.fqdn)),
    siteId: site,
    fqdn: target.fqdn,
    role: 'frontEnd',
    edition,
    ...(standaloneMediation
      ? { mediationCollocated: false }
      : legacy.mediationCollocated !== undefined
        ? { mediationCollocated: legacy.mediationCollocated }
        : {}),
  };
  const frontEnds = edition === 'enterprise' ? frontEndServersWithHeadroom(users, sizedCalls) : 1;
  const adds = draft.addPool(pool, frontEnds);
  draft.nearBy.set(pool.id, legacy.id);
  const legacyStore = associatedPool(state, legacy.id, 'backEnd');
  let storeNote = 'a local SQL Server Express store (Standard Edition)';
  if (edition === 'enterprise') {
    const legacyHa = legacyStore?.role === 'backEnd' ? legacyStore.ha : 'none';
    // Asynchronous mirroring is not supported for a 2013 Back End (TOPO-BE-NO-ASYNC-MIRROR): it becomes mirroring.
    const ha = legacyHa === 'asyncMirroring' ? 'mirroring' : legacyHa;
    const legacyServers = legacyStore ? state.servers.filter((s) => s.poolId === legacyStore.id).length : 0;
    const store: PoolOfRole<'backEnd'> = {
      id: draft.freshId(`${pool.id}-be`),
      siteId: site,
      fqdn: draft.names.claim(counterpartName(legacyStore?.fqdn ?? `sql-${target.fqdn}`)),
      role: 'backEnd',
      ha,
    };
    adds.push(...draft.addPool(store, backEndServers(ha, legacyServers)));
    draft.nearBy.set(store.id, legacyStore?.id ?? legacy.id);
    adds.push(draft.addAssociation('backEnd', pool.id, store.id).id);
    storeNote = `its own Back End ${store.fqdn} (${ha === 'none' ? 'no high availability' : ha}, as the 2010 store)`;
  }
  const legacyFiles = associatedPool(state, legacy.id, 'fileStore');
  const files: Pool = {
    id: draft.freshId(`${pool.id}-fs`),
    siteId: site,
    fqdn: draft.names.claim(counterpartName(legacyFiles?.fqdn ?? `fs-${target.fqdn}`)),
    role: 'fileStore',
  };
  adds.push(...draft.addPool(files, 1));
  draft.nearBy.set(files.id, legacyFiles?.id ?? legacy.id);
  adds.push(draft.addAssociation('fileStore', pool.id, files.id).id);
  // The PSTN gateways are no Lync servers of either version: the new pool's Mediation uses the same.
  let mediationNote = '';
  let trunkFrom = pool.id;
  if (standaloneMediation) {
    const siteCalls = siteCallsToCarry(state, site);
    const mediation: Pool = {
      id: draft.freshId(`${pool.id}-med`),
      siteId: site,
      fqdn: draft.names.claim(`med-${target.fqdn}`),
      role: 'mediation',
    };
    const servers = mediationServersFor(siteCalls + splitsAhead(state));
    adds.push(...draft.addPool(mediation, servers));
    draft.nearBy.set(mediation.id, legacy.id);
    trunkFrom = mediation.id;
    mediationNote = `, a stand-alone Mediation pool ${mediation.fqdn} of ${servers} servers for the site’s ${formatCount(siteCalls)} concurrent calls (more than ${frontEnds} collocated Front Ends carry)`;
  }
  for (const association of associationsFrom(state, legacy.id, 'pstnGateway'))
    adds.push(draft.addAssociation('pstnGateway', trunkFrom, association.to).id);
  // Office Web Apps Server is no Lync server either: the farm the legacy pool uses, else one of the estate (one farm
  // serves every pool, "one for all sites or per site"), else a new farm (TB-OWAS-FOR-CONFERENCING).
  const owas = officeWebAppsFor(draft, legacy, site);
  adds.push(...owas.adds, draft.addAssociation('officeWebApps', pool.id, owas.id).id);
  draft.step({
    id: `${pool.id}-3-pilot-pool`,
    phase: 3,
    name: `Deploy the pilot pool ${pool.fqdn}`,
    ...by,
    notes: `${edition === 'enterprise' ? `${frontEnds} Front End servers for ${formatCount(users)} users with one server down${pooledCalls > 0 ? ` and ${formatCount(pooledCalls)} collocated Mediation calls` : ''}` : 'A Standard Edition server'}, ${storeNote}${mediationNote}, the file store ${files.fqdn} and ${owas.note}, defined in the topology downloaded from the 2010 deployment; no Edge association yet (deploy-lync-server-2013-pilot-pool.md).`,
    actions: [{ op: 'add', ids: adds }],
  });

  // Phase 3: external media through the Edge the legacy pool uses (the 2010 one until its cut-over).
  const legacyEdge = associatedPool(state, legacy.id, 'edge');
  let media: string | undefined;
  if (legacyEdge) {
    const edgeNow = progress.edgeReplacements.get(legacyEdge.id) ?? legacyEdge.id;
    media = draft.addAssociation('edge', pool.id, edgeNow).id;
    const edgeName = poolIn(draft.state, edgeNow)?.fqdn ?? edgeNow;
    draft.step({
      id: `${pool.id}-3-edge`,
      phase: 3,
      name: `Connect ${pool.fqdn} to the Edge ${edgeName}`,
      ...by,
      notes:
        'The pilot pool sends external media through the Edge the 2010 pool uses (connect-pilot-pool-to-legacy-edge-servers.md).',
      actions: [{ op: 'add', ids: [media] }],
    });
  }

  // Phase 4: a pilot group of test users.
  movePilotUsers(draft, legacy, pool, target.pilotUsers);

  // Phases 5 and 6: the 2013 Edge without federation, then the federation and media cut-over.
  if (legacyEdge?.role === 'edge' && legacyEdge.version === 2010 && !progress.edgeReplacements.has(legacyEdge.id))
    progress.edgeReplacements.set(legacyEdge.id, migrateEdge(draft, legacyEdge, pool, media!, by));

  // Phase 6: the remaining users.
  const remaining = groupsHomedOn(draft.state, legacy.id);
  if (remaining.length > 0) {
    const count = remaining.reduce((sum, group) => sum + group.count, 0);
    draft.step({
      id: `${pool.id}-6-users`,
      phase: 6,
      name: `Move the remaining users of ${legacy.fqdn}`,
      ...by,
      notes: `${formatCount(count)} users in ${remaining.length === 1 ? 'one group' : `${remaining.length} groups`}, moved with the 2013 tools (move-remaining-users-to-lync-server-2013.md).`,
      actions: [{ op: 'moveUsers', groupIds: remaining.map((group) => group.id), to: pool.id }],
    });
  }
  moveXmpp(draft, progress, by, 6);

  // Phase 7: the hosted objects, the branch appliances, the Archiving and Monitoring associations.
  const hosted = PHASE_7_HOSTED.filter((kind) => (poolIn(draft.state, legacy.id)?.hosts?.[kind] ?? 0) > 0);
  if (hosted.length > 0)
    draft.step({
      id: `${pool.id}-7-hosted`,
      phase: 7,
      name: `Move the dial-in numbers, response groups and devices of ${legacy.fqdn}`,
      ...by,
      notes:
        'Dial-in access numbers, Response Group configuration (Move-CsRgsConfiguration), Call Park orbits, common area phones and analog devices (phase-7-complete-post-migration-tasks.md). Conference directories move in phase 8.',
      actions: [{ op: 'moveHosted', from: legacy.id, to: pool.id, what: [...hosted] }],
    });
  for (const appliance of branchAppliancesOf(draft.state, legacy.id)) rehomeAppliance(draft, appliance, pool, by);
  // The users of 2010 appliances count as 2010 users until their appliance registers with a 2013 pool.
  moveXmpp(draft, progress, by, 7);
  const statistics = [
    ...associationsFrom(draft.state, legacy.id, 'archiving'),
    ...associationsFrom(draft.state, legacy.id, 'monitoring'),
  ];
  if (statistics.length > 0)
    draft.step({
      id: `${pool.id}-7-arch-mon`,
      phase: 7,
      name: `Clear the Archiving and Monitoring associations of ${legacy.fqdn}`,
      ...by,
      notes: 'The 2010 servers collect data only for users on 2010 pools (remove-the-archiving-server-association.md).',
      actions: [{ op: 'remove', ids: statistics.map((a) => a.id) }],
    });

  decommission(draft, legacy, pool, by);
}

/** Phase 4: the largest group of the legacy pool gives `pilotUsers` of its users to a pilot group, moved first. */
function movePilotUsers(draft: PlanDraft, legacy: Pool, pool: Pool, pilotUsers: number): void {
  const groups = groupsHomedOn(draft.state, legacy.id).filter((group) => group.count > 0);
  if (groups.length === 0 || pilotUsers <= 0) return;
  const largest = groups.reduce((best, group) => (group.count > best.count ? group : best));
  const by = { legacyPoolId: legacy.id };
  if (largest.count <= pilotUsers) {
    draft.step({
      id: `${pool.id}-4-pilot-users`,
      phase: 4,
      name: `Move the pilot users to ${pool.fqdn}`,
      ...by,
      notes: `The ${formatCount(largest.count)} users of the group test the pilot pool (phase-4-move-test-users-to-the-pilot-pool.md).`,
      actions: [{ op: 'moveUsers', groupIds: [largest.id], to: pool.id }],
    });
    return;
  }
  const { id: _id, name, count, ...rest } = largest;
  const pilot = {
    ...rest,
    id: draft.freshId(`${largest.id}-pilot`),
    name: `${name ?? 'Users'} (pilot)`,
    count: pilotUsers,
  };
  draft.addGroup(pilot);
  draft.nearBy.set(pilot.id, largest.id);
  draft.step({
    id: `${pool.id}-4-pilot-users`,
    phase: 4,
    name: `Move the pilot users to ${pool.fqdn}`,
    ...by,
    notes: `${formatCount(pilotUsers)} test users split off ${name ?? largest.id} move first, one or several at a time (phase-4-move-test-users-to-the-pilot-pool.md).`,
    actions: [
      { op: 'add', ids: [pilot.id] },
      { op: 'set', id: largest.id, fields: { count: count - pilotUsers } },
      { op: 'moveUsers', groupIds: [pilot.id], to: pool.id },
    ],
  });
}

/**
 * Once no user is left on Lync 2010 (planLookups' usersOnLegacyPools, the reading MIG-XMPP-LEGACY-UNTIL-ALL-MOVED
 * judges by): XMPP federation moves to the 2013 Edge (migrating-xmpp-federation.md). In phase 6 after the last users
 * move, or in phase 7 once the last 2010 branch appliance registers with a 2013 pool.
 */
function moveXmpp(draft: PlanDraft, progress: EstateProgress, by: { legacyPoolId: string }, phase: 6 | 7): void {
  const state = draft.state;
  if (usersOnLegacyPools(state) > 0) return;
  for (const [legacyId, replacementId] of progress.edgeReplacements) {
    const legacyEdge = poolIn(state, legacyId);
    if (legacyEdge?.role !== 'edge' || legacyEdge.xmpp !== true) continue;
    const replacement = poolIn(state, replacementId);
    draft.step({
      id: `${replacementId}-${phase}-xmpp`,
      phase,
      name: `Move XMPP federation to ${replacement?.fqdn ?? replacementId}`,
      ...by,
      notes:
        'Every user is on Lync 2013: create the XMPP policies and certificates, enable XMPP federation on the 2013 Edge and update DNS (migrating-xmpp-federation.md).',
      actions: [
        { op: 'set', id: legacyId, fields: { xmpp: false } },
        { op: 'set', id: replacementId, fields: { xmpp: true } },
      ],
    });
  }
}

/**
 * Phase 7: a 2010 SBA or SBS moves to the 2013 pool (connect-a-survivable-branch-appliance.md): its users move to the
 * pool, its backup registrar becomes the pool (and it drops its 2010 Archiving and Monitoring associations, since a
 * 2010 appliance keeps those only with 2010 servers), then its users move back.
 */
function rehomeAppliance(draft: PlanDraft, appliance: Pool, pool: Pool, by: { legacyPoolId: string }): void {
  const state = draft.state;
  const branchUsers = groupsHomedOn(state, appliance.id);
  const registrar = associationsFrom(state, appliance.id, 'registrar');
  const statistics = [
    ...associationsFrom(state, appliance.id, 'archiving'),
    ...associationsFrom(state, appliance.id, 'monitoring'),
  ];
  const base = `${pool.id}-7-${appliance.id}`;
  if (branchUsers.length > 0)
    draft.step({
      id: `${base}-users-off`,
      phase: 7,
      name: `Move the users of ${appliance.fqdn} to ${pool.fqdn}`,
      ...by,
      notes:
        'Step 1 of connect-a-survivable-branch-appliance.md: the branch users are homed on the 2013 pool while the appliance changes pool.',
      actions: [{ op: 'moveUsers', groupIds: branchUsers.map((g) => g.id), to: pool.id }],
    });
  const actions: Action[] = [
    ...registrar.map((a) => ({ op: 'set' as const, id: a.id, fields: { to: pool.id } })),
    ...(statistics.length > 0 ? [{ op: 'remove' as const, ids: statistics.map((a) => a.id) }] : []),
  ];
  draft.step({
    id: `${base}-registrar`,
    phase: 7,
    name: `Re-home ${appliance.fqdn} on ${pool.fqdn}`,
    ...by,
    notes:
      'Steps 2 and 3: the appliance leaves the 2010 pool and is added under the 2013 pool as its backup registrar.',
    actions,
  });
  if (branchUsers.length > 0)
    draft.step({
      id: `${base}-users-back`,
      phase: 7,
      name: `Move the users of ${appliance.fqdn} back to it`,
      ...by,
      notes: 'Step 4 of connect-a-survivable-branch-appliance.md.',
      actions: [{ op: 'moveUsers', groupIds: branchUsers.map((g) => g.id), to: appliance.id }],
    });
}

/**
 * Phase 8 in the guide's order (phase-8-decommission-legacy-pools.md): the internal SIP SRV record, the Central
 * Management Server, call admission control and the conference directories move to the 2013 pool, then the 2010 pool
 * goes with its Back End and file store (unless another pool still uses them).
 */
function decommission(draft: PlanDraft, legacy: FrontEndPool, pool: Pool, by: { legacyPoolId: string }): void {
  let state = draft.state;
  const now = poolIn(state, legacy.id);
  if (now?.role !== 'frontEnd') return;
  // The SRV record: on this pool, or on a 2010 Director once this is the last 2010 pool.
  const lastLegacy = legacyFrontEnds(state).every((p) => p.id === legacy.id);
  const srvTargets = state.pools.filter(
    (p) =>
      (p.role === 'frontEnd' || p.role === 'director') &&
      p.sipSrvTarget === true &&
      (p.id === legacy.id || (lastLegacy && p.role === 'director' && p.version === 2010)),
  );
  if (srvTargets.length > 0)
    draft.step({
      id: `${pool.id}-8-srv`,
      phase: 8,
      name: `Point the SIP SRV record at ${pool.fqdn}`,
      ...by,
      notes: `_sipinternaltls._tcp moves from ${srvTargets.map((p) => p.fqdn).join(', ')} to the 2013 pool (update-dns-srv-records.md).`,
      actions: [
        ...srvTargets.map((p) => ({ op: 'set' as const, id: p.id, fields: { sipSrvTarget: false } })),
        { op: 'set', id: pool.id, fields: { sipSrvTarget: true } },
      ],
    });
  if (now.hostsCms === true)
    draft.step({
      id: `${pool.id}-8-cms`,
      phase: 8,
      name: `Move the Central Management Server to ${pool.fqdn}`,
      ...by,
      notes:
        'Move-CsManagementServer, once the Central Management database is installed on the new pool’s store (move-the-lync-server-2010-central-management-server-to-lync-server-2013.md).',
      actions: [{ op: 'moveCms', to: pool.id }],
    });
  state = draft.state;
  const actions: Action[] = [];
  if (now.callAdmissionControl === true)
    actions.push(
      { op: 'set', id: legacy.id, fields: { callAdmissionControl: false } },
      { op: 'set', id: pool.id, fields: { callAdmissionControl: true } },
    );
  if ((poolIn(state, legacy.id)?.hosts?.conferenceDirectories ?? 0) > 0)
    actions.push({ op: 'moveHosted', from: legacy.id, to: pool.id, what: ['conferenceDirectories'] });
  // An Edge that stays (a 2010 one other 2010 pools still use) keeps a next hop (TOPO-EDGE-NEXT-HOP): the new pool.
  for (const hop of associationsTo(state, legacy.id, 'edgeNextHop'))
    actions.push({ op: 'set', id: hop.id, fields: { to: pool.id } });
  const leaving = new Set([legacy.id]);
  const stores = (['backEnd', 'fileStore'] as const)
    .flatMap((kind) => associationsFrom(state, legacy.id, kind).map((a) => a.to))
    .filter((id) => poolIn(state, id) && !stillUsed(state, id, leaving));
  actions.push({ op: 'remove', ids: [legacy.id, ...new Set(stores)] });
  draft.step({
    id: `${pool.id}-8-decommission`,
    phase: 8,
    name: `Decommission ${legacy.fqdn}`,
    ...by,
    notes:
      'Reset call admission control, prevent new sessions, stop the services, then remove the Front End pool, and its SQL databases and file store once nothing uses them (phase-8-decommission-legacy-pools.md).',
    actions,
  });
}

/**
 * The Office Web Apps farm a 2013 pool uses: the one the legacy pool names, else one the state holds (its own site's
 * first), else a new one-server farm at the pool's site, added with the pool.
 */
function officeWebAppsFor(draft: PlanDraft, legacy: Pool, site: string): { id: string; adds: string[]; note: string } {
  const state = draft.state;
  const farms = state.pools.filter((p) => p.role === 'officeWebApps');
  const used = associatedPool(state, legacy.id, 'officeWebApps') ?? farms.find((p) => p.siteId === site) ?? farms[0];
  if (used) return { id: used.id, adds: [], note: `the Office Web Apps farm ${used.fqdn}` };
  const dot = legacy.fqdn.indexOf('.');
  const farm: Pool = {
    id: draft.freshId('owas'),
    siteId: site,
    fqdn: draft.names.claim(`owas${dot < 0 ? '' : legacy.fqdn.slice(dot)}`),
    role: 'officeWebApps',
  };
  const adds = draft.addPool(farm, 1);
  draft.nearBy.set(farm.id, legacy.id);
  return { id: farm.id, adds, note: `a new Office Web Apps farm ${farm.fqdn} for PowerPoint in meetings` };
}
