/**
 * The pages every figure comes from. Paths are in MicrosoftDocs/OfficeDocs-SkypeForBusiness unless the
 * text says otherwise; ../shared/domain/*.md quote them.
 */
export const SOURCES = {
  capacityUserModels: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
  referenceMedium: 'Lync/LyncServer/lync-server-2013-reference-topology-for-medium-size-organizations.md',
  mediaBandwidth: 'Lync/LyncServer/lync-server-2013-network-bandwidth-requirements-for-media-traffic.md',
  networkInfrastructure: 'Lync/LyncServer/lync-server-2013-network-infrastructure-requirements.md',
  cacRequirements: 'Lync/LyncServer/lync-server-2013-defining-your-requirements-for-call-admission-control.md',
  userModels: 'Lync/LyncServer/lync-server-2013-user-models.md',
  hardware: 'Lync/LyncServer/lync-server-2013-server-hardware-platforms.md',
  collocationEnterprise:
    'Lync/LyncServer/lync-server-2013-server-collocation-in-an-enterprise-edition-front-end-pool-deployment.md',
  collocationStandard: 'Lync/LyncServer/lync-server-2013-server-collocation-in-a-standard-edition-server-deployment.md',
  frontEndTopologies:
    'Lync/LyncServer/lync-server-2013-topologies-and-components-for-front-end-servers-instant-messaging-and-presence.md',
  poolPairing: 'Lync/LyncServer/lync-server-2013-supported-pool-pairing-options-and-best-practices.md',
  backEndHa: 'Lync/LyncServer/lync-server-2013-back-end-server-high-availability.md',
  externalAccessComponents: 'Lync/LyncServer/lync-server-2013-components-required-for-external-user-access.md',
  scaledEdge:
    'Lync/LyncServer/lync-server-2013-scaled-consolidated-edge-dns-load-balancing-with-private-ip-addresses-using-nat.md',
  persistentChatCapacity: 'Lync/LyncServer/lync-server-2013-capacity-planning-for-persistent-chat-server.md',
  persistentChatTopologies: 'Lync/LyncServer/lync-server-2013-components-and-topologies-for-persistent-chat-server.md',
  branchResiliency: 'Lync/LyncServer/lync-server-2013-branch-site-resiliency-solutions.md',
  sites: 'Lync/LyncServer/lync-server-2013-sites.md',
  survivableBranch: 'Lync/LyncServer/lync-server-2013-deploying-a-survivable-branch-appliance-or-server.md',
  largeMeetings: 'Lync/LyncServer/lync-server-2013-supporting-large-meetings.md',
  cacExample: 'Lync/LyncServer/lync-server-2013-example-of-gathering-your-requirements-for-call-admission-control.md',
  bandwidthPolicyProfiles: 'Lync/LyncServer/lync-server-2013-creating-or-modifying-bandwidth-policy-profiles.md',
  defineFrontEndPool:
    'Lync/LyncServer/lync-server-2013-define-and-configure-a-front-end-pool-or-standard-edition-server.md',
  selectCms: 'Lync/LyncServer/lync-server-2013-select-the-central-management-server.md',
  dnsLoadBalancing: 'Lync/LyncServer/lync-server-2013-dns-load-balancing.md',
  voiceEstimation: 'Lync/LyncServer/lync-server-2013-estimating-voice-usage-and-traffic.md',
  // The migration guide (Lync Server 2010 → 2013) and the pages the MIG-* rules cite (migration-topology-peers.md,
  // section (a)). migrationPhases orders the guide's eight phases and says each legacy pool goes through them.
  migrationGuide: 'Lync/LyncServer/migration-from-lync-server-2010-to-lync-server-2013.md',
  migrationPhases: 'Lync/LyncServer/migration-phases.md',
  migrationPaths: 'Lync/LyncServer/lync-server-2013-supported-server-migration-paths-and-coexistence-scenarios.md',
  migrationProcess: 'Lync/LyncServer/migration-process.md',
  userMigration: 'Lync/LyncServer/user-migration.md',
  migratingMultiplePools: 'Lync/LyncServer/migrating-multiple-sites-and-pools.md',
  administeringAfterMigration: 'Lync/LyncServer/administering-servers-after-migration.md',
  migratingArchivingMonitoring: 'Lync/LyncServer/migrating-archiving-and-monitoring-servers.md',
  migratingGroupChat: 'Lync/LyncServer/migrating-group-chat-servers.md',
  groupChatCoexistence: 'Lync/LyncServer/coexistence-considerations.md',
  migratingXmpp: 'Lync/LyncServer/migrating-xmpp-federation.md',
  edgeDataCollection: 'Lync/LyncServer/lync-server-2013-data-collection.md',
  downloadTopology: 'Lync/LyncServer/download-topology-from-existing-deployment.md',
  deployPilotPool: 'Lync/LyncServer/deploy-lync-server-2013-pilot-pool.md',
  verifyPilotCoexistence: 'Lync/LyncServer/verify-pilot-pool-coexistence-with-legacy-pool.md',
  connectPilotToLegacyEdge: 'Lync/LyncServer/connect-pilot-pool-to-legacy-edge-servers.md',
  deployPilotEdge: 'Lync/LyncServer/deploy-pilot-edge-server.md',
  federationCutover: 'Lync/LyncServer/configure-federation-routes-and-media-traffic.md',
  changeSimpleUrls: 'Lync/LyncServer/change-simple-urls-after-migration.md',
  moveRemainingUsers: 'Lync/LyncServer/move-remaining-users-to-lync-server-2013.md',
  migrateDialInNumbers: 'Lync/LyncServer/migrate-dial-in-access-numbers.md',
  migrateCallPark: 'Lync/LyncServer/migrate-call-park-application-settings.md',
  migrateResponseGroups: 'Lync/LyncServer/migrate-response-groups.md',
  removeLegacyArchivingMonitoring: 'Lync/LyncServer/remove-legacy-archiving-and-monitoring-servers.md',
  trustedApplicationServers: 'Lync/LyncServer/configure-trusted-application-servers.md',
  connectSba: 'Lync/LyncServer/connect-a-survivable-branch-appliance.md',
  decommissionLegacyPools: 'Lync/LyncServer/phase-8-decommission-legacy-pools.md',
  updateDnsSrv: 'Lync/LyncServer/update-dns-srv-records.md',
  moveCms: 'Lync/LyncServer/move-the-lync-server-2010-central-management-server-to-lync-server-2013.md',
  moveConferenceDirectories: 'Lync/LyncServer/move-lync-server-2010-conference-directories-to-lync-server-2013.md',
  removeArchivingAssociation: 'Lync/LyncServer/remove-the-archiving-server-association.md',
  removeLegacyFrontEnd:
    'Lync/LyncServer/remove-the-enterprise-edition-front-end-server-or-standard-edition-front-end-server.md',
  resetCac: 'Lync/LyncServer/reset-call-admission-control.md',
  removeFrontEndPool: 'Lync/LyncServer/remove-front-end-pool-or-standard-edition-server.md',
  removeBackEndDatabases: 'Lync/LyncServer/remove-sql-server-instances-and-databases-on-the-back-end-server.md',
  /**
   * Cited by MIG-MEDIATION-COLLOCATE-ON-MERGE, but a page of the Office Communications Server 2007 R2 migration: it
   * repoints voice routes away from a 2007 R2 Mediation Server, not a 2010 one.
   */
  changeVoiceRoutes: 'Lync/LyncServer/change-voice-routes-to-use-the-new-lync-server-2013-mediation-server.md',
  /**
   * Lync Server 2010 pages (v=ocs.14). They are not in the repository, which holds the 2013 pages, so they are cited
   * by their TechNet address; the first and the last are the addresses the pages corpus stores them at, the second
   * has the same form (its stored copy is the learn.microsoft.com one, skype-server-2010/gg398971(v=ocs.14)).
   */
  lync2010CapacityUserModels: 'https://technet.microsoft.com/en-us/library/gg615015(v=ocs.14).aspx',
  lync2010MultipleGateways: 'https://technet.microsoft.com/en-us/library/gg398971(v=ocs.14).aspx',
  lync2010GroupChatCapacity: 'https://technet.microsoft.com/en-us/library/gg615006(v=ocs.14).aspx',
  /** Not TechNet: Microsoft's "Lync Ignite – Network Assessment Usage Modeling" deck (see network.md 2.1.7). */
  igniteRtcShare: 'Microsoft "Lync Ignite – Network Assessment Usage Modeling" training deck (RTC share of a WAN link)',
} as const;

/** A documented number, where it comes from, and, where the documents disagree, what was chosen and why. */
export interface Figure {
  value: number;
  unit: string;
  source: string;
  /** Where the documents give another value: that value, its source, and why it was not chosen. */
  alternative?: { value: number; source: string; reason: string };
}
