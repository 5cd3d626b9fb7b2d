import type { Step } from '../model/migration';
import {
  ARCH2010_DAL,
  BE2010_DAL,
  BE2010_SEA,
  DIR2010_DAL,
  EDGE2010_DAL,
  FS2010_DAL,
  FS2010_SEA,
  MON2010_DAL,
  SBA2010_OSL,
} from './fabrikamEstate';
import {
  BE2013_DAL,
  BE2013_SEA,
  DAL_MEDIA,
  DAL_STORES,
  EDGE2013_DAL,
  EDGE2013_HOP,
  FE2013_DAL,
  FE2013_SEA,
  FS2013_DAL,
  FS2013_SEA,
  OWAS_DAL,
  SBA_OSL_2013,
  SBA_REGISTRAR,
  SEA_MEDIA,
  SEA_STORES,
} from './fabrikamTarget';
import { idsOf } from './samplePieces';

const DAL = 'fe2010-dal';
const SEA = 'fe2010-sea';
/** Everything a 2010 pool homes but its conference directories moves in phase 7; those move in phase 8. */
const PHASE_7_HOSTED = [
  'dialInNumbers',
  'responseGroups',
  'callParkOrbits',
  'commonAreaPhones',
  'analogDevices',
] as const;

/**
 * Fabrikam's complete plan, the migration guide's phases repeated per legacy pool (migration-phases.md): Dallas
 * first, through phase 7, because it holds the CMS, the Edge and the Oslo SBA; then Seattle, through phase 8; then
 * Dallas's phase 8, which also removes the servers both pools shared (Edge, Director, Archiving, Monitoring). Phases 1
 * and 2 (plan, prepare) change nothing in the topology, so they have no step.
 */
export const FABRIKAM_STEPS: Step[] = [
  {
    id: 'dal-3-pilot-pool',
    phase: 3,
    name: 'Deploy the Dallas 2013 pilot pool',
    legacyPoolId: DAL,
    notes:
      'pool2013-dal.fabrikam.com with 3 Front End servers, its own clustered Back End (sql2013-dal), file store and Office Web Apps Server, defined in the topology downloaded from the 2010 deployment. No Edge association yet (deploy-lync-server-2013-pilot-pool.md).',
    actions: [{ op: 'add', ids: idsOf([FE2013_DAL, BE2013_DAL, FS2013_DAL, OWAS_DAL], DAL_STORES) }],
  },
  {
    id: 'dal-3-legacy-edge',
    phase: 3,
    name: 'Connect the pilot pool to the 2010 Edge',
    legacyPoolId: DAL,
    notes:
      'Until the cut-over, the pilot pool sends external media through edge2010-dal (connect-pilot-pool-to-legacy-edge-servers.md).',
    actions: [{ op: 'add', ids: [DAL_MEDIA.id] }],
  },
  {
    id: 'dal-4-pilot-users',
    phase: 4,
    name: 'Move the Dallas pilot users',
    legacyPoolId: DAL,
    notes: 'The 100 IT users test the 2013 pool with Move-CsUser (phase-4-move-test-users-to-the-pilot-pool.md).',
    actions: [{ op: 'moveUsers', groupIds: ['ug-dal-pilot'], to: FE2013_DAL.pool.id }],
  },
  {
    id: 'dal-5-pilot-edge',
    phase: 5,
    name: 'Add the 2013 pilot Edge pool',
    legacyPoolId: DAL,
    notes:
      'edge2013-dal.fabrikam.com without SIP or XMPP federation, its next hop the 2010 Director, no pool associated for media: federation still goes through edge2010-dal (deploy-pilot-edge-server.md).',
    actions: [{ op: 'add', ids: idsOf([EDGE2013_DAL], [EDGE2013_HOP]) }],
  },
  {
    id: 'dal-6-federation',
    phase: 6,
    name: 'Cut federation and media over to the 2013 Edge',
    legacyPoolId: DAL,
    notes:
      'In one federation downtime window: disable federation on edge2010-dal, move the Access Edge certificate, enable federation on edge2013-dal, point its next hop at the 2013 pool and the pilot pool’s media at it (configure-federation-routes-and-media-traffic.md).',
    actions: [
      { op: 'set', id: EDGE2010_DAL.pool.id, fields: { federation: false } },
      { op: 'set', id: EDGE2013_DAL.pool.id, fields: { federation: true } },
      { op: 'set', id: EDGE2013_HOP.id, fields: { to: FE2013_DAL.pool.id } },
      { op: 'set', id: DAL_MEDIA.id, fields: { to: EDGE2013_DAL.pool.id } },
    ],
  },
  {
    id: 'dal-6-users',
    phase: 6,
    name: 'Move the remaining Dallas users',
    legacyPoolId: DAL,
    notes: '11,900 users in two groups (move-remaining-users-to-lync-server-2013.md).',
    actions: [{ op: 'moveUsers', groupIds: ['ug-dal-hq', 'ug-dal-sales'], to: FE2013_DAL.pool.id }],
  },
  {
    id: 'dal-7-hosted',
    phase: 7,
    name: 'Move the Dallas dial-in numbers, response groups and devices',
    legacyPoolId: DAL,
    notes:
      'Dial-in access numbers, Response Group configuration (Move-CsRgsConfiguration), Call Park orbits, common area phones and analog devices (phase-7-complete-post-migration-tasks.md). Conference directories move in phase 8.',
    actions: [{ op: 'moveHosted', from: DAL, to: FE2013_DAL.pool.id, what: [...PHASE_7_HOSTED] }],
  },
  {
    id: 'dal-7-sba-users-off',
    phase: 7,
    name: 'Move the Oslo users off the SBA',
    legacyPoolId: DAL,
    notes:
      'Step 1 of connect-a-survivable-branch-appliance.md: the branch users are homed on the 2013 Dallas pool while the SBA is re-registered.',
    actions: [{ op: 'moveUsers', groupIds: ['ug-osl'], to: FE2013_DAL.pool.id }],
  },
  {
    id: 'dal-7-sba-reregister',
    phase: 7,
    name: 'Re-register the Oslo SBA with the 2013 pool',
    legacyPoolId: DAL,
    notes:
      'Steps 2 and 3: delete the SBA from the 2010 topology, add it under the branch’s Lync Server 2010 node of the 2013 topology with pool2013-dal as its backup registrar. A 2010 SBA can only use a 2010 Monitoring store, so it has none once it leaves the 2010 pool.',
    actions: [
      { op: 'remove', ids: [SBA2010_OSL.pool.id] },
      { op: 'add', ids: idsOf([SBA_OSL_2013], [SBA_REGISTRAR]) },
    ],
  },
  {
    id: 'dal-7-sba-users-back',
    phase: 7,
    name: 'Move the Oslo users back to the SBA',
    legacyPoolId: DAL,
    notes: 'Step 4 of connect-a-survivable-branch-appliance.md.',
    actions: [{ op: 'moveUsers', groupIds: ['ug-osl'], to: SBA_OSL_2013.pool.id }],
  },
  {
    id: 'dal-7-arch-mon',
    phase: 7,
    name: 'Clear the Dallas pool’s Archiving and Monitoring associations',
    legacyPoolId: DAL,
    notes:
      'The 2010 servers stay for Seattle’s 2010 users; the Dallas pool no longer uses them (remove-the-archiving-server-association.md).',
    actions: [{ op: 'remove', ids: ['a-archiving-fe2010-dal-arch2010-dal', 'a-monitoring-fe2010-dal-mon2010-dal'] }],
  },
  {
    id: 'sea-3-pilot-pool',
    phase: 3,
    name: 'Deploy the Seattle 2013 pool',
    legacyPoolId: SEA,
    notes:
      'pool2013-sea.fabrikam.com with 3 Front End servers, its own clustered Back End (sql2013-sea) and file store; Office Web Apps Server in Dallas.',
    actions: [{ op: 'add', ids: idsOf([FE2013_SEA, BE2013_SEA, FS2013_SEA], SEA_STORES) }],
  },
  {
    id: 'sea-3-edge',
    phase: 3,
    name: 'Connect the Seattle pool to the Edge',
    legacyPoolId: SEA,
    notes: 'Federation already runs on edge2013-dal, so the Seattle pool’s media goes through it.',
    actions: [{ op: 'add', ids: [SEA_MEDIA.id] }],
  },
  {
    id: 'sea-4-pilot-users',
    phase: 4,
    name: 'Move the Seattle pilot users',
    legacyPoolId: SEA,
    actions: [{ op: 'moveUsers', groupIds: ['ug-sea-pilot'], to: FE2013_SEA.pool.id }],
  },
  {
    id: 'sea-6-users',
    phase: 6,
    name: 'Move the remaining Seattle users',
    legacyPoolId: SEA,
    actions: [{ op: 'moveUsers', groupIds: ['ug-sea-eng'], to: FE2013_SEA.pool.id }],
  },
  {
    id: 'sea-7-hosted',
    phase: 7,
    name: 'Move the Seattle dial-in numbers, response groups and phones',
    legacyPoolId: SEA,
    actions: [{ op: 'moveHosted', from: SEA, to: FE2013_SEA.pool.id, what: [...PHASE_7_HOSTED] }],
  },
  {
    id: 'sea-7-arch-mon',
    phase: 7,
    name: 'Clear the Seattle pool’s Archiving and Monitoring associations',
    legacyPoolId: SEA,
    actions: [{ op: 'remove', ids: ['a-archiving-fe2010-sea-arch2010-dal', 'a-monitoring-fe2010-sea-mon2010-dal'] }],
  },
  {
    id: 'sea-8-decommission',
    phase: 8,
    name: 'Decommission the Seattle 2010 pool',
    legacyPoolId: SEA,
    notes:
      'Move the conference directory, then remove the Front End pool, its Back End and file store (phase-8-decommission-legacy-pools.md).',
    actions: [
      { op: 'moveHosted', from: SEA, to: FE2013_SEA.pool.id, what: ['conferenceDirectories'] },
      { op: 'remove', ids: [SEA, BE2010_SEA.pool.id, FS2010_SEA.pool.id] },
    ],
  },
  {
    id: 'dal-8-srv',
    phase: 8,
    name: 'Point the SIP SRV record at the 2013 pool',
    legacyPoolId: DAL,
    notes:
      '_sipinternaltls._tcp.fabrikam.com moves from the 2010 Director to pool2013-dal (update-dns-srv-records.md).',
    actions: [
      { op: 'set', id: DIR2010_DAL.pool.id, fields: { sipSrvTarget: false } },
      { op: 'set', id: FE2013_DAL.pool.id, fields: { sipSrvTarget: true } },
    ],
  },
  {
    id: 'dal-8-cms',
    phase: 8,
    name: 'Move the Central Management Server',
    legacyPoolId: DAL,
    notes:
      'Move-CsManagementServer to pool2013-dal, whose Back End holds the new Central Management store (move-the-lync-server-2010-central-management-server-to-lync-server-2013.md).',
    actions: [{ op: 'moveCms', to: FE2013_DAL.pool.id }],
  },
  {
    id: 'dal-8-edge-director',
    phase: 8,
    name: 'Decommission the 2010 Edge and Director',
    legacyPoolId: DAL,
    notes: 'No pool uses them any more: the 2013 Edge federates and its next hop is pool2013-dal.',
    actions: [{ op: 'remove', ids: [EDGE2010_DAL.pool.id, DIR2010_DAL.pool.id] }],
  },
  {
    id: 'dal-8-decommission',
    phase: 8,
    name: 'Decommission the Dallas 2010 pool',
    legacyPoolId: DAL,
    notes:
      'Move the conference directories, then remove the Front End pool, its Back End and file store (phase-8-decommission-legacy-pools.md).',
    actions: [
      { op: 'moveHosted', from: DAL, to: FE2013_DAL.pool.id, what: ['conferenceDirectories'] },
      { op: 'remove', ids: [DAL, BE2010_DAL.pool.id, FS2010_DAL.pool.id] },
    ],
  },
  {
    id: 'dal-8-arch-mon',
    phase: 8,
    name: 'Remove the 2010 Archiving and Monitoring servers',
    legacyPoolId: DAL,
    notes:
      'No user is left on a 2010 pool and no pool or SBA is associated with them (remove-legacy-archiving-and-monitoring-servers.md). Their data is not migrated.',
    actions: [{ op: 'remove', ids: [ARCH2010_DAL.pool.id, MON2010_DAL.pool.id] }],
  },
];
