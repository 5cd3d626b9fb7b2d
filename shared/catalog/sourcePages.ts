import { SOURCES } from './sources';

/** What the app shows for a source instead of its repository path: the page's title and where to read it. */
export interface SourcePage {
  title: string;
  /** The page's public address; absent where there is no page the app can vouch for. */
  url?: string;
}

/**
 * Every page a figure, a rule or a research note (../shared/domain, ../shared/design) cites, by the path the
 * project cites it by. Each title and URL is the page's own front matter in MicrosoftDocs/OfficeDocs-SkypeForBusiness:
 * `title:` exactly as written (the "Lync Server 2013: " prefix kept; the app may shorten it for display) and
 * `ms:mtpsurl:`, the TechNet address the page was published at. Nothing here is guessed: a page that could not be
 * read would get a title made from its file name, marked as such, and no URL. The migration guide's pages (no
 * "lync-server-2013-" in their file names) have no "Lync Server 2013" prefix in their titles either.
 * The Lync Server 2010 pages, which the
 * repository does not hold, are keyed by their address, and their titles are the pages' own.
 */
export const SOURCE_PAGES: Readonly<Record<string, SourcePage>> = {
  'Lync/LyncServer/administering-servers-after-migration.md': {
    title: 'Administering servers after migration',
    url: 'https://technet.microsoft.com/en-us/library/JJ205023(v=OCS.15)',
  },
  'Lync/LyncServer/apply-lync-server-2010-updates.md': {
    title: 'Apply Lync Server 2010 updates',
    url: 'https://technet.microsoft.com/en-us/library/JJ204730(v=OCS.15)',
  },
  'Lync/LyncServer/back-up-systems-and-data.md': {
    title: 'Back up systems and data',
    url: 'https://technet.microsoft.com/en-us/library/JJ205303(v=OCS.15)',
  },
  'Lync/LyncServer/change-simple-urls-after-migration.md': {
    title: 'Change simple URLs after migration',
    url: 'https://technet.microsoft.com/en-us/library/JJ721844(v=OCS.15)',
  },
  'Lync/LyncServer/change-voice-routes-to-use-the-new-lync-server-2013-mediation-server.md': {
    title: 'Change voice routes to use the new Lync Server 2013 Mediation Server',
    url: 'https://technet.microsoft.com/en-us/library/JJ205162(v=OCS.15)',
  },
  'Lync/LyncServer/coexistence-considerations.md': {
    title: 'Coexistence considerations',
    url: 'https://technet.microsoft.com/en-us/library/JJ205131(v=OCS.15)',
  },
  'Lync/LyncServer/configure-clients-for-migration.md': {
    title: 'Configure clients for migration',
    url: 'https://technet.microsoft.com/en-us/library/JJ205263(v=OCS.15)',
  },
  'Lync/LyncServer/configure-dns-records-for-pilot-pool-deployment.md': {
    title: 'Configure DNS records for pilot pool deployment',
    url: 'https://technet.microsoft.com/en-us/library/JJ721921(v=OCS.15)',
  },
  'Lync/LyncServer/configure-federation-routes-and-media-traffic.md': {
    title: 'Configure federation routes and media traffic',
    url: 'https://technet.microsoft.com/en-us/library/JJ688121(v=OCS.15)',
  },
  'Lync/LyncServer/configure-scom-monitoring.md': {
    title: 'Configure SCOM monitoring',
    url: 'https://technet.microsoft.com/en-us/library/JJ688033(v=OCS.15)',
  },
  'Lync/LyncServer/configure-the-meeting-join-page.md': {
    title: 'Configure the meeting join page',
    url: 'https://technet.microsoft.com/en-us/library/JJ204635(v=OCS.15)',
  },
  'Lync/LyncServer/configure-trusted-application-servers.md': {
    title: 'Configure trusted application servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ204735(v=OCS.15)',
  },
  'Lync/LyncServer/configure-xmpp-gateway-access-policies-and-certificates.md': {
    title: 'Configure XMPP gateway access policies and certificates',
    url: 'https://technet.microsoft.com/en-us/library/JJ721945(v=OCS.15)',
  },
  'Lync/LyncServer/configure-xmpp-gateway-on-lync-server-2013.md': {
    title: 'Configure XMPP gateway on Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/JJ721881(v=OCS.15)',
  },
  'Lync/LyncServer/connect-a-survivable-branch-appliance.md': {
    title: 'Connect a Survivable Branch Appliance',
    url: 'https://technet.microsoft.com/en-us/library/JJ721948(v=OCS.15)',
  },
  'Lync/LyncServer/connect-pilot-pool-to-legacy-edge-servers.md': {
    title: 'Connect pilot pool to legacy Edge Servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ721875(v=OCS.15)',
  },
  'Lync/LyncServer/deploy-lync-server-2013-clients.md': {
    title: 'Deploy Lync Server 2013 clients',
    url: 'https://technet.microsoft.com/en-us/library/JJ205255(v=OCS.15)',
  },
  'Lync/LyncServer/deploy-lync-server-2013-pilot-pool.md': {
    title: 'Deploy Lync Server 2013 pilot pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ205144(v=OCS.15)',
  },
  'Lync/LyncServer/deploy-pilot-edge-server.md': {
    title: 'Deploy pilot Edge Server',
    url: 'https://technet.microsoft.com/en-us/library/JJ205306(v=OCS.15)',
  },
  'Lync/LyncServer/download-topology-from-existing-deployment.md': {
    title: 'Download topology from existing deployment',
    url: 'https://technet.microsoft.com/en-us/library/JJ721913(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-back-end-server-high-availability.md': {
    title: 'Lync Server 2013: Back End Server high availability',
    url: 'https://technet.microsoft.com/en-us/library/JJ205248(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-branch-site-resiliency-requirements.md': {
    title: 'Lync Server 2013: Branch-site resiliency requirements',
    url: 'https://technet.microsoft.com/en-us/library/Gg412772(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-branch-site-resiliency-solutions.md': {
    title: 'Lync Server 2013: Branch-site resiliency solutions',
    url: 'https://technet.microsoft.com/en-us/library/Gg398234(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-call-admission-control-and-mediation-server.md': {
    title: 'Lync Server 2013: Call admission control and Mediation Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg398585(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-capacity-planning-for-persistent-chat-server.md': {
    title: 'Lync Server 2013: Capacity planning for Persistent Chat Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg615006(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md': {
    title: 'Lync Server 2013 capacity planning using the user models',
    url: 'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-certificate-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md':
    {
      title: 'Lync Server 2013: Certificate summary - Single consolidated edge with private IP addresses using NAT',
      url: 'https://technet.microsoft.com/en-us/library/Gg398519(v=OCS.15)',
    },
  'Lync/LyncServer/lync-server-2013-components-and-topologies-for-cac.md': {
    title: 'Lync Server 2013: Components and topologies for CAC',
    url: 'https://technet.microsoft.com/en-us/library/Gg398663(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-components-and-topologies-for-persistent-chat-server.md': {
    title: 'Lync Server 2013: Components and topologies for Persistent Chat Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg398500(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-components-required-for-external-user-access.md': {
    title: 'Lync Server 2013: Components required for external user access',
    url: 'https://technet.microsoft.com/en-us/library/Gg425779(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-configuring-a-quality-of-service-policy-for-your-conferencing-application-and-mediation-servers.md':
    {
      title:
        'Lync Server 2013: Configuring a Quality of Service policy for your Conferencing, Application, and Mediation servers',
      url: 'https://technet.microsoft.com/en-us/library/JJ205076(v=OCS.15)',
    },
  'Lync/LyncServer/lync-server-2013-configuring-port-ranges-for-your-conferencing-application-and-mediation-servers.md':
    {
      title: 'Lync Server 2013: Configuring port ranges for your Conferencing, Application, and Mediation servers',
      url: 'https://technet.microsoft.com/en-us/library/JJ204872(v=OCS.15)',
    },
  'Lync/LyncServer/lync-server-2013-configuring-port-ranges-for-your-edge-servers.md': {
    title: 'Lync Server 2013: Configuring port ranges for your Edge Servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ204996(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-configuring-port-ranges-for-your-microsoft-lync-clients.md': {
    title: 'Lync Server 2013: Configuring port ranges for your Microsoft Lync clients',
    url: 'https://technet.microsoft.com/en-us/library/JJ204760(v=OCS.15)',
  },
  // The page's title has no "Lync Server 2013" prefix, though its file name does.
  'Lync/LyncServer/lync-server-2013-configuring-quality-of-service-on-microsoft-lync-phone-edition-devices.md': {
    title: 'Configuring Quality of Service on Microsoft Lync Phone Edition devices',
    url: 'https://technet.microsoft.com/en-us/library/JJ205137(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-creating-or-modifying-bandwidth-policy-profiles.md': {
    title: 'Lync Server 2013: Creating or modifying bandwidth policy profiles',
    url: 'https://technet.microsoft.com/en-us/library/Gg520945(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-data-collection.md': {
    title: 'Lync Server 2013: Data collection',
    url: 'https://technet.microsoft.com/en-us/library/Gg399008(v=OCS.15)',
  },
  // The page's title has no "Lync Server 2013" prefix, though its file name does.
  'Lync/LyncServer/lync-server-2013-define-and-configure-a-front-end-pool-or-standard-edition-server.md': {
    title: 'Define and configure a Front End pool or Standard Edition server',
    url: 'https://technet.microsoft.com/en-us/library/Gg398538(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-defining-your-requirements-for-call-admission-control.md': {
    title: 'Lync Server 2013: Defining your requirements for call admission control',
    url: 'https://technet.microsoft.com/en-us/library/Gg398334(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-deploying-a-survivable-branch-appliance-or-server.md': {
    title: 'Lync Server 2013: Deploying a Survivable Branch Appliance or Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg398849(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-deployment-guidelines-for-mediation-server.md': {
    title: 'Lync Server 2013: Deployment guidelines for Mediation Server',
    url: 'https://technet.microsoft.com/en-us/library/Gg398622(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-determine-dns-requirements.md': {
    title: 'Lync Server 2013: Determine DNS requirements',
    url: 'https://technet.microsoft.com/en-us/library/Gg398758(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-dns-load-balancing.md': {
    title: 'Lync Server 2013: DNS load balancing',
    url: 'https://technet.microsoft.com/en-us/library/Gg398634(v=OCS.15)',
  },
  // The page's title has no "Lync Server 2013" prefix, though its file name does.
  'Lync/LyncServer/lync-server-2013-dns-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md': {
    title: 'DNS summary - Single consolidated edge with private IP addresses using NAT',
    url: 'https://technet.microsoft.com/en-us/library/Gg412787(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-domain-name-system-dns-requirements.md': {
    title: 'Lync Server 2013: Domain Name System (DNS) requirements',
    url: 'https://technet.microsoft.com/en-us/library/Gg398386(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-estimating-voice-usage-and-traffic.md': {
    title: 'Lync Server 2013: Estimating voice usage and traffic',
    url: 'https://technet.microsoft.com/en-us/library/Gg398439(v=OCS.15)',
  },
  // The page's title has no "Lync Server 2013" prefix, though its file name does.
  'Lync/LyncServer/lync-server-2013-example-of-gathering-your-requirements-for-call-admission-control.md': {
    title: 'Example of gathering your requirements for call admission control',
    url: 'https://technet.microsoft.com/en-us/library/Gg425827(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-load-balancing-requirements.md': {
    title: 'Lync Server 2013 load balancing requirements',
    url: 'https://technet.microsoft.com/en-us/library/Gg615011(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-m-n-trunk.md': {
    title: 'Lync Server 2013: M:N trunk',
    url: 'https://technet.microsoft.com/en-us/library/Gg398971(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-managing-quality-of-service-qos.md': {
    title: 'Lync Server 2013: Managing Quality of Service (QoS)',
    url: 'https://technet.microsoft.com/en-us/library/Gg405409(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-media-bypass-and-call-admission-control.md': {
    title: 'Lync Server 2013: Media bypass and call admission control',
    url: 'https://technet.microsoft.com/en-us/library/Gg398203(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-network-bandwidth-requirements-for-media-traffic.md': {
    title: 'Lync Server 2013 network bandwidth requirements for media traffic',
    url: 'https://technet.microsoft.com/en-us/library/JJ688118(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-network-infrastructure-requirements.md': {
    title: 'Lync Server 2013 network infrastructure requirements',
    url: 'https://technet.microsoft.com/en-us/library/Gg425841(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-network-planning.md': {
    title: 'Lync Server 2013 network planning',
    url: 'https://technet.microsoft.com/en-us/library/JJ721883(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-overview-of-call-admission-control.md': {
    title: 'Lync Server 2013: Overview of call admission control',
    url: 'https://technet.microsoft.com/en-us/library/Gg398529(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-planning-for-media-bypass.md': {
    title: 'Lync Server 2013: Planning for media bypass',
    url: 'https://technet.microsoft.com/en-us/library/Gg398703(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-port-summary-reverse-proxy.md': {
    title: 'Lync Server 2013: Port summary - Reverse proxy',
    url: 'https://technet.microsoft.com/en-us/library/JJ204932(v=OCS.15)',
  },
  // The page's title has no "Lync Server 2013" prefix, though its file name does.
  'Lync/LyncServer/lync-server-2013-port-summary-single-consolidated-edge-with-private-ip-addresses-using-nat.md': {
    title: 'Port summary - Single consolidated edge with private IP addresses using NAT',
    url: 'https://technet.microsoft.com/en-us/library/Gg425891(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-recovery-time-for-pool-failover-and-pool-failback.md': {
    title: 'Lync Server 2013 recovery time for pool failover and pool failback',
    url: 'https://technet.microsoft.com/en-us/library/JJ205079(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-reference-topology-for-large-organizations-with-multiple-data-centers.md': {
    title: 'Lync Server 2013 reference topology for large organizations with multiple data centers',
    url: 'https://technet.microsoft.com/en-us/library/Gg398797(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-reference-topology-for-medium-size-organizations.md': {
    title: 'Lync Server 2013 reference topology for medium-size organizations',
    url: 'https://technet.microsoft.com/en-us/library/Gg425939(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-reference-topology-for-small-organizations.md': {
    title: 'Lync Server 2013 reference topology for small organizations',
    url: 'https://technet.microsoft.com/en-us/library/Gg398095(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-scaled-consolidated-edge-dns-load-balancing-with-private-ip-addresses-using-nat.md':
    {
      title: 'Lync Server 2013: Scaled consolidated edge, DNS load balancing with private IP addresses using NAT',
      url: 'https://technet.microsoft.com/en-us/library/Gg398823(v=OCS.15)',
    },
  'Lync/LyncServer/lync-server-2013-select-the-central-management-server.md': {
    title: 'Lync Server 2013: Select the Central Management Server',
    url: 'https://technet.microsoft.com/en-us/library/JJ204726(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-server-collocation-in-a-standard-edition-server-deployment.md': {
    title: 'Lync Server 2013 server collocation in a Standard Edition server deployment',
    url: 'https://technet.microsoft.com/en-us/library/Gg398131(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-server-collocation-in-an-enterprise-edition-front-end-pool-deployment.md': {
    title: 'Lync Server 2013 server collocation in an Enterprise Edition Front End pool deployment',
    url: 'https://technet.microsoft.com/en-us/library/Gg398102(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-server-hardware-platforms.md': {
    title: 'Lync Server 2013 server hardware platforms',
    url: 'https://technet.microsoft.com/en-us/library/Gg398835(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-server-roles.md': {
    title: 'Lync Server 2013 server roles',
    url: 'https://technet.microsoft.com/en-us/library/Gg398536(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-setting-up-support-for-large-meetings.md': {
    title: 'Lync Server 2013: Setting up support for large meetings',
    url: 'https://technet.microsoft.com/en-us/library/JJ205074(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-sites.md': {
    title: 'Lync Server 2013 sites',
    url: 'https://technet.microsoft.com/en-us/library/Gg398076(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-supported-pool-pairing-options-and-best-practices.md': {
    title: 'Lync Server 2013 supported pool pairing options and best practices',
    url: 'https://technet.microsoft.com/en-us/library/JJ204697(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-supported-server-migration-paths-and-coexistence-scenarios.md': {
    title: 'Lync Server 2013: Supported server migration paths and coexistence scenarios',
    url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-supporting-large-meetings.md': {
    title: 'Lync Server 2013: Supporting large meetings',
    url: 'https://technet.microsoft.com/en-us/library/JJ204894(v=OCS.15)',
  },
  'Lync/LyncServer/lync-server-2013-topologies-and-components-for-front-end-servers-instant-messaging-and-presence.md':
    {
      title: 'Lync Server 2013: Topologies and components for Front End Servers, instant messaging, and presence',
      url: 'https://technet.microsoft.com/en-us/library/Gg412996(v=OCS.15)',
    },
  'Lync/LyncServer/lync-server-2013-user-models.md': {
    title: 'Lync Server 2013: user models',
    url: 'https://technet.microsoft.com/en-us/library/Gg398811(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-address-book.md': {
    title: 'Migrate Address Book',
    url: 'https://technet.microsoft.com/en-us/library/JJ205160(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-analog-devices.md': {
    title: 'Migrate analog devices',
    url: 'https://technet.microsoft.com/en-us/library/JJ721846(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-call-park-application-settings.md': {
    title: 'Migrate Call Park application settings',
    url: 'https://technet.microsoft.com/en-us/library/JJ687993(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-common-area-phones.md': {
    title: 'Migrate Common Area Phones',
    url: 'https://technet.microsoft.com/en-us/library/JJ688015(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-dial-in-access-numbers.md': {
    title: 'Migrate dial-in access numbers',
    url: 'https://technet.microsoft.com/en-us/library/JJ721909(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-existing-meetings-and-meeting-content.md': {
    title: 'Migrate existing meetings and meeting content',
    url: 'https://technet.microsoft.com/en-us/library/JJ688011(v=OCS.15)',
  },
  'Lync/LyncServer/migrate-response-groups.md': {
    title: 'Migrate response groups',
    url: 'https://technet.microsoft.com/en-us/library/JJ204854(v=OCS.15)',
  },
  'Lync/LyncServer/migrating-archiving-and-monitoring-servers.md': {
    title: 'Migrating Archiving and Monitoring servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ205015(v=OCS.15)',
  },
  'Lync/LyncServer/migrating-group-chat-servers.md': {
    title: 'Migrating Group Chat servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ688020(v=OCS.15)',
  },
  'Lync/LyncServer/migrating-multiple-sites-and-pools.md': {
    title: 'Migrating multiple sites and pools',
    url: 'https://technet.microsoft.com/en-us/library/JJ205165(v=OCS.15)',
  },
  'Lync/LyncServer/migrating-xmpp-federation.md': {
    title: 'Migrating XMPP federation',
    url: 'https://technet.microsoft.com/en-us/library/JJ721861(v=OCS.15)',
  },
  'Lync/LyncServer/migration-from-lync-server-2010-to-lync-server-2013.md': {
    title: 'Migration from Lync Server 2010 to Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/JJ205369(v=OCS.15)',
  },
  'Lync/LyncServer/migration-phases.md': {
    title: 'Migration phases',
    url: 'https://technet.microsoft.com/en-us/library/JJ205336(v=OCS.15)',
  },
  'Lync/LyncServer/migration-process.md': {
    title: 'Migration process',
    url: 'https://technet.microsoft.com/en-us/library/JJ204696(v=OCS.15)',
  },
  'Lync/LyncServer/move-a-single-user-to-the-pilot-pool.md': {
    title: 'Move a single user to the pilot pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ205401(v=OCS.15)',
  },
  'Lync/LyncServer/move-lync-server-2010-conference-directories-to-lync-server-2013.md': {
    title: 'Move Lync Server 2010 Conference Directories to Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/Dn727126(v=OCS.15)',
  },
  'Lync/LyncServer/move-multiple-users-to-the-pilot-pool.md': {
    title: 'Move multiple users to the pilot pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ205096(v=OCS.15)',
  },
  'Lync/LyncServer/move-remaining-users-to-lync-server-2013.md': {
    title: 'Move remaining users to Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/JJ688090(v=OCS.15)',
  },
  'Lync/LyncServer/move-the-lync-server-2010-central-management-server-to-lync-server-2013.md': {
    title: 'Move the Lync Server 2010 Central Management Server to Lync Server 2013',
    url: 'https://technet.microsoft.com/en-us/library/JJ688013(v=OCS.15)',
  },
  'Lync/LyncServer/phase-1-plan-your-migration-from-lync-server-2010.md': {
    title: 'Phase 1: Plan your migration from Lync Server 2010',
    url: 'https://technet.microsoft.com/en-us/library/JJ204698(v=OCS.15)',
  },
  'Lync/LyncServer/phase-2-prepare-for-migration.md': {
    title: 'Phase 2: Prepare for migration',
    url: 'https://technet.microsoft.com/en-us/library/JJ205405(v=OCS.15)',
  },
  'Lync/LyncServer/phase-3-deploy-lync-server-2013-pilot-pool.md': {
    title: 'Phase 3: Deploy Lync Server 2013 pilot pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ205367(v=OCS.15)',
  },
  'Lync/LyncServer/phase-4-move-test-users-to-the-pilot-pool.md': {
    title: 'Phase 4: Move test users to the pilot pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ204912(v=OCS.15)',
  },
  'Lync/LyncServer/phase-5-add-lync-server-2013-edge-server-to-pilot-pool.md': {
    title: 'Phase 5: Add Lync Server 2013 Edge Server to pilot pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ205266(v=OCS.15)',
  },
  'Lync/LyncServer/phase-6-move-from-pilot-deployment-into-production.md': {
    title: 'Phase 6: Move from pilot deployment into production',
    url: 'https://technet.microsoft.com/en-us/library/JJ721932(v=OCS.15)',
  },
  'Lync/LyncServer/phase-7-complete-post-migration-tasks.md': {
    title: 'Phase 7: Complete post-migration tasks',
    url: 'https://technet.microsoft.com/en-us/library/JJ204998(v=OCS.15)',
  },
  'Lync/LyncServer/phase-8-decommission-legacy-pools.md': {
    title: 'Phase 8: Decommission legacy pools',
    url: 'https://technet.microsoft.com/en-us/library/JJ204724(v=OCS.15)',
  },
  'Lync/LyncServer/prepare-active-directory-for-lync-server.md': {
    title: 'Prepare Active Directory for Lync Server',
    url: 'https://technet.microsoft.com/en-us/library/JJ688059(v=OCS.15)',
  },
  'Lync/LyncServer/prevent-sessions-for-services.md': {
    title: 'Prevent sessions for services',
    url: 'https://technet.microsoft.com/en-us/library/JJ688049(v=OCS.15)',
  },
  'Lync/LyncServer/remove-a-front-end-server-from-a-pool.md': {
    title: 'Remove a Front End Server from a pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ688095(v=OCS.15)',
  },
  'Lync/LyncServer/remove-front-end-pool-or-standard-edition-server.md': {
    title: 'Remove Front End pool or Standard Edition server',
    url: 'https://technet.microsoft.com/en-us/library/JJ688115(v=OCS.15)',
  },
  'Lync/LyncServer/remove-legacy-archiving-and-monitoring-servers.md': {
    title: 'Remove legacy Archiving and Monitoring servers',
    url: 'https://technet.microsoft.com/en-us/library/JJ205221(v=OCS.15)',
  },
  'Lync/LyncServer/remove-sql-server-instances-and-databases-on-the-back-end-server.md': {
    title: 'Remove SQL Server instances and databases on the Back End Server',
    url: 'https://technet.microsoft.com/en-us/library/JJ688016(v=OCS.15)',
  },
  'Lync/LyncServer/remove-the-archiving-server-association.md': {
    title: 'Remove the Archiving server association',
    url: 'https://technet.microsoft.com/en-us/library/JJ721903(v=OCS.15)',
  },
  'Lync/LyncServer/remove-the-enterprise-edition-front-end-server-or-standard-edition-front-end-server.md': {
    title: 'Remove the Enterprise Edition Front End Server or Standard Edition Front End Server',
    url: 'https://technet.microsoft.com/en-us/library/JJ688123(v=OCS.15)',
  },
  'Lync/LyncServer/remove-the-monitoring-server-association.md': {
    title: 'Remove the Monitoring server association',
    url: 'https://technet.microsoft.com/en-us/library/JJ721877(v=OCS.15)',
  },
  'Lync/LyncServer/remove-the-sql-server-database-for-a-front-end-pool.md': {
    title: 'Remove the SQL Server database for a Front End pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ688084(v=OCS.15)',
  },
  'Lync/LyncServer/remove-the-sql-server-database-for-a-monitoring-server.md': {
    title: 'Remove the SQL Server database for a Monitoring server',
    url: 'https://technet.microsoft.com/en-us/library/JJ721848(v=OCS.15)',
  },
  'Lync/LyncServer/remove-the-sql-server-database-for-an-archiving-server.md': {
    title: 'Remove the SQL Server database for an Archiving server',
    url: 'https://technet.microsoft.com/en-us/library/JJ688087(v=OCS.15)',
  },
  'Lync/LyncServer/reset-call-admission-control.md': {
    title: 'Reset call admission control',
    url: 'https://technet.microsoft.com/en-us/library/JJ688064(v=OCS.15)',
  },
  'Lync/LyncServer/run-best-practices-analyzer.md': {
    title: 'Run Best Practices Analyzer',
    url: 'https://technet.microsoft.com/en-us/library/JJ204694(v=OCS.15)',
  },
  'Lync/LyncServer/stop-lync-server-2010-services.md': {
    title: 'Stop Lync Server 2010 services',
    url: 'https://technet.microsoft.com/en-us/library/JJ721863(v=OCS.15)',
  },
  'Lync/LyncServer/update-dns-srv-records.md': {
    title: 'Update DNS SRV records',
    url: 'https://technet.microsoft.com/en-us/library/JJ688139(v=OCS.15)',
  },
  'Lync/LyncServer/user-migration.md': {
    title: 'User migration',
    url: 'https://technet.microsoft.com/en-us/library/JJ204876(v=OCS.15)',
  },
  'Lync/LyncServer/verify-configuration-settings.md': {
    title: 'Verify configuration settings',
    url: 'https://technet.microsoft.com/en-us/library/JJ204885(v=OCS.15)',
  },
  'Lync/LyncServer/verify-federation-and-remote-access-for-external-users.md': {
    title: 'Verify federation and remote access for external users',
    url: 'https://technet.microsoft.com/en-us/library/JJ688163(v=OCS.15)',
  },
  'Lync/LyncServer/verify-lync-server-2010-environment.md': {
    title: 'Verify Lync Server 2010 environment',
    url: 'https://technet.microsoft.com/en-us/library/JJ205231(v=OCS.15)',
  },
  'Lync/LyncServer/verify-pilot-pool-coexistence-with-legacy-pool.md': {
    title: 'Verify pilot pool coexistence with legacy pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ205420(v=OCS.15)',
  },
  'Lync/LyncServer/verify-user-replication-has-completed.md': {
    title: 'Verify user replication has completed',
    url: 'https://technet.microsoft.com/en-us/library/JJ204680(v=OCS.15)',
  },
  'Lync/LyncServer/view-current-users-in-lync-server-2010-pool.md': {
    title: 'View current users in Lync Server 2010 pool',
    url: 'https://technet.microsoft.com/en-us/library/JJ721870(v=OCS.15)',
  },
  // Lync Server 2010 pages: not in the repository, so keyed by their TechNet address (catalog/sources.ts). A 2010
  // page's title carries no product name; the product the page sits under is put before it, as the 2013 titles do.
  [SOURCES.lync2010CapacityUserModels]: {
    title: 'Lync Server 2010: Capacity Planning Using the User Models',
    url: SOURCES.lync2010CapacityUserModels,
  },
  [SOURCES.lync2010MultipleGateways]: {
    title: 'Lync Server 2010: Multiple Gateway Support',
    url: SOURCES.lync2010MultipleGateways,
  },
  [SOURCES.lync2010GroupChatCapacity]: {
    title: 'Lync Server 2010: Capacity Planning for Group Chat Server',
    url: SOURCES.lync2010GroupChatCapacity,
  },
  // Not TechNet, and only third-party copies of the deck are online (studylib.net, slideum.com; network.md 2.1.7),
  // so there is no address the app should open.
  [SOURCES.igniteRtcShare]: { title: 'Lync Ignite – Network Assessment Usage Modeling (Microsoft training deck)' },
};

const PREFIX = 'lync-server-2013-';

/**
 * A title from a file name, for pages not in the table: "Lync/LyncServer/lync-server-2013-port-summary-autodiscover.md"
 * reads "Lync Server 2013: Port summary autodiscover".
 */
function titleFromPath(source: string): string {
  const file = /(?:^|\/)([^/]+)\.md$/.exec(source)?.[1];
  // Not a page path (a deck, a book): the text names the source already.
  if (file === undefined) return source;
  const words = (file.startsWith(PREFIX) ? file.slice(PREFIX.length) : file).replaceAll('-', ' ');
  const phrase = words.charAt(0).toUpperCase() + words.slice(1);
  return file.startsWith(PREFIX) ? `Lync Server 2013: ${phrase}` : phrase;
}

/**
 * The page behind a source, for display. A source the table does not know (a rule added without its page) gets a
 * title made from its file name and no URL rather than an error, so a finding still shows where it comes from.
 */
export function sourcePage(source: string): { title: string; url?: string; path: string } {
  // Own keys only: a source such as "constructor" must not find Object.prototype's.
  const page = Object.hasOwn(SOURCE_PAGES, source) ? SOURCE_PAGES[source] : undefined;
  return page ? { ...page, path: source } : { title: titleFromPath(source), path: source };
}

/**
 * The hosts of the table's URLs. The desktop app opens a source link only if it is https and its host is here, so a
 * page on a new host has to be added to the table (and reviewed) before the app will open it. The core has no `URL`
 * (ES2022 only, no DOM or Node types), hence the pattern; a URL that is not https contributes no host.
 */
export const SOURCE_HOSTS: ReadonlySet<string> = new Set(
  Object.values(SOURCE_PAGES).flatMap(({ url }) => {
    const host = url === undefined ? undefined : /^https:\/\/([^/?#:@]+)/i.exec(url)?.[1];
    return host === undefined ? [] : [host.toLowerCase()];
  }),
);
