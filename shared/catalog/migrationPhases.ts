import { SOURCES } from './sources';

/** A phase of the migration guide, as a plan step's `phase` names it (migration.md, "The plan"). */
export type MigrationPhaseNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** One procedure the guide lists for a phase, said in this project's words, with the page that describes it. */
export interface MigrationProcedure {
  readonly text: string;
  readonly source: string;
  /** Where the procedure's page is itself only a list of pages (two in Phase 8): those, in the page's order. */
  readonly steps?: readonly MigrationProcedure[];
}

export interface MigrationPhase {
  readonly number: MigrationPhaseNumber;
  /** What a runbook prints: "Phase 3 — Deploy the pilot pool". */
  readonly name: string;
  /** The phase page's own title, exactly as its front matter gives it. */
  readonly title: string;
  readonly source: string;
  /** The guide's list for the phase, in the guide's order (the phase page's "In This Section"). */
  readonly procedures: readonly MigrationProcedure[];
}

function procedure(text: string, source: string, steps?: readonly MigrationProcedure[]): MigrationProcedure {
  return Object.freeze(steps ? { text, source, steps: Object.freeze([...steps]) } : { text, source });
}

function phase(fields: Omit<MigrationPhase, 'procedures'>, procedures: readonly MigrationProcedure[]): MigrationPhase {
  return Object.freeze({ ...fields, procedures: Object.freeze([...procedures]) });
}

/**
 * The migration from Lync Server 2010 to 2013 in the guide's eight phases (SOURCES.migrationPhases, whose order the
 * guide's overview, SOURCES.migrationGuide, repeats). The guide runs them once per legacy pool, so a plan step names
 * its phase and the legacy pool it belongs to. The guide says not every procedure applies to every estate.
 */
export const MIGRATION_PHASES: readonly MigrationPhase[] = Object.freeze([
  phase(
    {
      number: 1,
      name: 'Phase 1 — Plan the migration',
      title: 'Phase 1: Plan your migration from Lync Server 2010',
      source: 'Lync/LyncServer/phase-1-plan-your-migration-from-lync-server-2010.md',
    },
    [
      procedure(
        'Move a few test users first, then a pilot group of production users, and the rest only once both groups have been checked.',
        'Lync/LyncServer/user-migration.md',
      ),
      procedure(
        'Decide whether archiving and monitoring must run during the migration; if so, give them to the pilot pool, knowing that 2010 data is not carried over and each version records only the users homed on it.',
        SOURCES.migratingArchivingMonitoring,
      ),
      procedure(
        'Plan Persistent Chat Server to replace Group Chat: both can run side by side, but they share no chat rooms until the Group Chat content is migrated.',
        SOURCES.migratingGroupChat,
      ),
      procedure(
        'Plan for the 2013 administrative tools: once the pilot pool exists they manage both versions, and they cannot share a computer with the 2010 tools.',
        SOURCES.administeringAfterMigration,
      ),
      procedure(
        'For every pool, plan how pilot, external and federated users will be checked, and confirm that the 2010 pool holds no users or contact objects before it is deactivated.',
        SOURCES.migratingMultiplePools,
      ),
      procedure(
        'Plan the XMPP move: the 2013 pool and Edge first, then every user, then XMPP policies and certificates, XMPP federation turned on in 2013, and DNS last.',
        SOURCES.migratingXmpp,
      ),
    ],
  ),
  phase(
    {
      number: 2,
      name: 'Phase 2 — Prepare for migration',
      title: 'Phase 2: Prepare for migration',
      source: 'Lync/LyncServer/phase-2-prepare-for-migration.md',
    },
    [
      procedure(
        'Install the latest cumulative updates on the Lync Server 2010 servers.',
        'Lync/LyncServer/apply-lync-server-2010-updates.md',
      ),
      procedure(
        "Create the DNS host (A) record of the pilot pool's name before the pool is deployed.",
        'Lync/LyncServer/configure-dns-records-for-pilot-pool-deployment.md',
      ),
      procedure(
        "Check the 2010 deployment's configuration against Microsoft's recommendations with the Lync Server 2010 Best Practices Analyzer.",
        'Lync/LyncServer/run-best-practices-analyzer.md',
      ),
      procedure(
        'Back up the whole system and document it, including which users are homed on each pool, so that a return to 2010 stays possible.',
        'Lync/LyncServer/back-up-systems-and-data.md',
      ),
      procedure(
        'Bring the 2010 servers, clients and devices up to date, and let only updated clients sign in (client version filtering on 2010).',
        'Lync/LyncServer/configure-clients-for-migration.md',
      ),
      procedure(
        'Confirm the 2010 services are running, and review the 2010 topology, its users, its Edge and federation settings, and the legacy XMPP gateway and its partners.',
        'Lync/LyncServer/verify-lync-server-2010-environment.md',
      ),
    ],
  ),
  phase(
    {
      number: 3,
      name: 'Phase 3 — Deploy the pilot pool',
      title: 'Phase 3: Deploy Lync Server 2013 pilot pool',
      source: 'Lync/LyncServer/phase-3-deploy-lync-server-2013-pilot-pool.md',
    },
    [
      procedure(
        'Extend the Active Directory schema and prepare the forest and domain for Lync Server 2013.',
        'Lync/LyncServer/prepare-active-directory-for-lync-server.md',
      ),
      procedure(
        "Open the existing deployment's topology in the 2013 Topology Builder and save it as a .tbxml file: the new pool uses the Central Management store of the 2010 deployment.",
        SOURCES.downloadTopology,
      ),
      procedure(
        "Define and publish the pilot Front End pool or Standard Edition server under a new FQDN that no deployed pool or server uses, ideally with the 2010 pool's workloads, with Mediation collocated (recommended) and with no Edge pool for media yet.",
        SOURCES.deployPilotPool,
      ),
      procedure(
        'Check that the 2013 services have started and that the 2013 Control Panel shows both pools; from now on the topology opens only in the 2013 Topology Builder.',
        SOURCES.verifyPilotCoexistence,
      ),
      procedure(
        "Route the site's SIP federation through the 2010 Director (or the 2010 Edge where there is no Director), associate the pilot pool's media with the 2010 Edge, and publish.",
        SOURCES.connectPilotToLegacyEdge,
      ),
      procedure(
        'Create an external access policy that lets users reach XMPP federated contacts, then set up the XMPP gateway certificates; the page asks that every user be on 2013 first.',
        'Lync/LyncServer/configure-xmpp-gateway-access-policies-and-certificates.md',
      ),
    ],
  ),
  phase(
    {
      number: 4,
      name: 'Phase 4 — Move test users to the pilot pool',
      title: 'Phase 4: Move test users to the pilot pool',
      source: 'Lync/LyncServer/phase-4-move-test-users-to-the-pilot-pool.md',
    },
    [
      procedure(
        'List the users homed on the 2010 pool and choose the test users to move.',
        'Lync/LyncServer/view-current-users-in-lync-server-2010-pool.md',
      ),
      procedure(
        "Before moving anyone, confirm in the event log that the 2013 User Replicator's first synchronization with Active Directory has finished.",
        'Lync/LyncServer/verify-user-replication-has-completed.md',
      ),
      procedure(
        "Move one test user to the pilot pool with the 2013 Control Panel or Management Shell, and check the user's registrar pool.",
        'Lync/LyncServer/move-a-single-user-to-the-pilot-pool.md',
      ),
      procedure(
        "Move several test users, or all of them at once, to the pilot pool, and check each one's registrar pool.",
        'Lync/LyncServer/move-multiple-users-to-the-pilot-pool.md',
      ),
    ],
  ),
  phase(
    {
      number: 5,
      name: 'Phase 5 — Add the pilot Edge pool',
      title: 'Phase 5: Add Lync Server 2013 Edge Server to pilot pool',
      source: 'Lync/LyncServer/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.md',
    },
    [
      procedure(
        'Define and publish a 2013 Edge pool with SIP and XMPP federation off, the Director as its next hop and no Front End or Mediation pool associated: federation and external media stay on the 2010 Edge for now.',
        SOURCES.deployPilotEdge,
      ),
      procedure(
        'Check that the configuration has replicated to the new Edge Server, forcing a replication and waiting where it has not.',
        'Lync/LyncServer/verify-configuration-settings.md',
      ),
    ],
  ),
  phase(
    {
      number: 6,
      name: 'Phase 6 — Move the pilot into production',
      title: 'Phase 6: Move from pilot deployment into production',
      source: 'Lync/LyncServer/phase-6-move-from-pilot-deployment-into-production.md',
    },
    [
      procedure(
        "In a scheduled downtime, move federation and external media from the 2010 Edge to the 2013 Edge (certificate, next hop, media association and each site's federation route), then send ports 443 and 5061 to it and stop the legacy Access Edge service.",
        SOURCES.federationCutover,
      ),
      procedure(
        'Test federated, public IM, anonymous and remote users with users on both versions: IM, presence, A/V and desktop sharing.',
        'Lync/LyncServer/verify-federation-and-remote-access-for-external-users.md',
      ),
      procedure(
        'Leave the simple URLs alone if the 2010 Director stays; if it goes, point their DNS records at a 2013 pool, and run Enable-CsComputer on every Director and Front End Server after renaming one.',
        SOURCES.changeSimpleUrls,
      ),
      procedure(
        'Move the remaining users with the 2013 tools (never Active Directory Users and Computers or the 2010 tools), then make sure their conferencing policy allows anonymous participants.',
        SOURCES.moveRemainingUsers,
      ),
      procedure(
        "Once every user is on 2013, request the Edge's certificate for XMPP, define the XMPP federated partners, and publish the _xmpp-server SRV record for the Access Edge on port 5269.",
        'Lync/LyncServer/configure-xmpp-gateway-on-lync-server-2013.md',
      ),
    ],
  ),
  phase(
    {
      number: 7,
      name: 'Phase 7 — Complete post-migration tasks',
      title: 'Phase 7: Complete post-migration tasks',
      source: 'Lync/LyncServer/phase-7-complete-post-migration-tasks.md',
    },
    [
      procedure(
        'Scheduled meetings and PINs move with each user; meeting content moves too only when users are moved with Move-CsUser -MoveConferenceData.',
        'Lync/LyncServer/migrate-existing-meetings-and-meeting-content.md',
      ),
      procedure(
        'Move every dial-in access number of the 2010 pool to a 2013 pool and check that none is left, or calls to it fail once the pool is gone.',
        SOURCES.migrateDialInNumbers,
      ),
      procedure(
        'Copy custom music-on-hold files to the 2013 file store, set the Call Park service settings, and reassign every orbit range of the 2010 pool to the 2013 pool.',
        SOURCES.migrateCallPark,
      ),
      procedure(
        "After the users, move the pool's whole Response Group configuration to a 2013 pool that runs the Response Group application, then check its workflows, queues and agent groups.",
        SOURCES.migrateResponseGroups,
      ),
      procedure(
        'Carry over any Address Book customization: grouping by organizational unit, custom normalization rules, or normalization turned off.',
        'Lync/LyncServer/migrate-address-book.md',
      ),
      procedure(
        'Decide whether the meeting join page offers the legacy clients, with Set-CsWebServiceConfiguration.',
        'Lync/LyncServer/configure-the-meeting-join-page.md',
      ),
      procedure(
        'Once no user is left on any legacy pool, remove the 2010 Archiving and Monitoring Servers.',
        SOURCES.removeLegacyArchivingMonitoring,
      ),
      procedure(
        'Give every new trusted application pool a 2013 pool as its next hop; a legacy next hop is not supported.',
        SOURCES.trustedApplicationServers,
      ),
      procedure('Deploy the Lync 2013 clients and devices.', 'Lync/LyncServer/deploy-lync-server-2013-clients.md'),
      procedure(
        'Re-home each SBA: move its users to another pool, delete it from the 2010 topology, add it with a 2013 pool as backup registrar, and move the users back.',
        SOURCES.connectSba,
      ),
      procedure(
        'Set System Center Operations Manager up for 2013: apply the 2010 updates to the server chosen for central discovery, add its registry key, and make it the discovery candidate on the management server.',
        'Lync/LyncServer/configure-scom-monitoring.md',
      ),
      procedure(
        'Move the contact objects of the common area phones from the 2010 pool to the 2013 pool.',
        'Lync/LyncServer/migrate-common-area-phones.md',
      ),
      procedure(
        'Move the contact objects of the analog devices from the 2010 pool to the 2013 pool.',
        'Lync/LyncServer/migrate-analog-devices.md',
      ),
    ],
  ),
  phase(
    {
      number: 8,
      name: 'Phase 8 — Decommission the legacy pools',
      title: 'Phase 8: Decommission legacy pools',
      source: SOURCES.decommissionLegacyPools,
    },
    [
      procedure(
        'Once every user is on 2013, and before the 2010 pool or Director goes, point the internal _sipinternaltls._tcp SRV record of every SIP domain at a 2013 pool.',
        SOURCES.updateDnsSrv,
      ),
      procedure(
        'Install a Central Management database for the 2013 pool, move the Central Management Server there with Move-CsManagementServer, and remove the 2010 copy only once replication is stable.',
        SOURCES.moveCms,
      ),
      procedure('Move every conference directory of the 2010 pool to a 2013 pool.', SOURCES.moveConferenceDirectories),
      procedure(
        'Clear the Archiving Server association of every pool, server and SBA that has one, then delete the Archiving Server and its store.',
        SOURCES.removeArchivingAssociation,
      ),
      procedure(
        'Clear the Monitoring Server association of every pool, server and SBA that has one, then delete the Monitoring Server and its store.',
        'Lync/LyncServer/remove-the-monitoring-server-association.md',
      ),
      procedure('Remove the 2010 Front End pool or Standard Edition server.', SOURCES.removeLegacyFrontEnd, [
        procedure(
          'If the 2010 pool runs call admission control for its site, give that to a 2013 pool.',
          SOURCES.resetCac,
        ),
        procedure(
          "Stop new sessions on the 2010 servers' services.",
          'Lync/LyncServer/prevent-sessions-for-services.md',
        ),
        procedure('Stop the Lync Server 2010 services.', 'Lync/LyncServer/stop-lync-server-2010-services.md'),
        procedure(
          'Delete single Front End Servers from a pool where only some go; removing the whole pool removes them all.',
          'Lync/LyncServer/remove-a-front-end-server-from-a-pool.md',
        ),
        procedure(
          'Delete the Front End pool, or the Standard Edition server and its collocated SQL store definition, and publish.',
          SOURCES.removeFrontEndPool,
        ),
      ]),
      procedure(
        'Once no 2010 role depends on them any more, remove the 2010 SQL Server databases and instances.',
        SOURCES.removeBackEndDatabases,
        [
          procedure(
            "Delete the removed Front End pool's SQL store from the topology and uninstall its user and application databases.",
            'Lync/LyncServer/remove-the-sql-server-database-for-a-front-end-pool.md',
          ),
          procedure(
            "Delete the removed Monitoring Server's SQL store from the topology and uninstall its database.",
            'Lync/LyncServer/remove-the-sql-server-database-for-a-monitoring-server.md',
          ),
          procedure(
            "Delete the removed Archiving Server's SQL store from the topology and uninstall its database.",
            'Lync/LyncServer/remove-the-sql-server-database-for-an-archiving-server.md',
          ),
        ],
      ),
    ],
  ),
]);

/** The phase a plan step names; undefined for a number that is not one of the eight (a half-made plan still opens). */
export function migrationPhase(number: number): MigrationPhase | undefined {
  return MIGRATION_PHASES.find((candidate) => candidate.number === number);
}
