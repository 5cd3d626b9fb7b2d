import { SOURCES } from './sources';

/**
 * The reference topologies of the Lync Server 2013 planning pages (capacity.md section 4), as the numbers a
 * test builds them from. Each must validate without an error: if a rule flags Microsoft's own design, the rule
 * reads the documents wrongly.
 */
export const REFERENCE_TOPOLOGIES = {
  small: {
    source: 'Lync/LyncServer/lync-server-2013-reference-topology-for-small-organizations.md',
    users: 4_000,
    standardEditionServers: 2,
    usersPerStandardEdition: 2_000,
    edgeServers: 1,
    branchSba: true,
  },
  medium: {
    source: SOURCES.referenceMedium,
    users: 20_000,
    frontEndServers: 3,
    backEndServers: 2,
    edgeServers: 2,
  },
  large: {
    source: 'Lync/LyncServer/lync-server-2013-reference-topology-for-large-organizations-with-multiple-data-centers.md',
    siteAUsers: 20_000,
    siteBUsers: 20_000,
    siteCUsers: 600,
    frontEndServersPerPool: 6,
    standardEditionServersAtSiteC: 2,
  },
} as const;
