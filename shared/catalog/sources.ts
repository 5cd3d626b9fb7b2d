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
