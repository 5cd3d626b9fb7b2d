import type { Association } from '../model/association';
import { association, DOMAIN, type PoolPiece, poolPiece } from './samplePieces';

/**
 * What Fabrikam's plan deploys in Lync Server 2013, side by side with the 2010 estate (migration-process.md): new
 * names throughout, never a 2010 FQDN (MIG-PILOT-FQDN-UNIQUE). Each Front End pool has its own Back End with the
 * 2010 pool's high availability (clustering, which capacity.md allows for a 2013 Back End), never a 2010 one
 * (MIG-SQL-INSTANCE-NOT-SHARED), and its own file store. Sizing by the catalog's 6,667 users per Front End
 * (FRONT_END.usersPerServer) with one server down (CAP-FE-USERS-N-1): Dallas's 12,000 users and, while its SBA is
 * re-homed, Oslo's 250 need 2 servers running, so 3; Seattle's 7,000 need 2, so 3 (TOPO-FE-MIN-3 asks for 3 anyway).
 */

const fqdn = (host: string) => `${host}.${DOMAIN}`;

export const FE2013_DAL = poolPiece(
  {
    id: 'fe2013-dal',
    siteId: 'dal',
    fqdn: fqdn('pool2013-dal'),
    role: 'frontEnd',
    edition: 'enterprise',
    mediationCollocated: true,
  },
  5,
);
export const BE2013_DAL = poolPiece(
  { id: 'be2013-dal', siteId: 'dal', fqdn: fqdn('sql2013-dal'), role: 'backEnd', ha: 'clustering' },
  2,
);
export const FS2013_DAL = poolPiece(
  { id: 'fs2013-dal', siteId: 'dal', fqdn: fqdn('fs2013-dal'), role: 'fileStore' },
  1,
);
/** Lync 2013 conferencing presents PowerPoint through Office Web Apps Server (TB-OWAS-FOR-CONFERENCING). */
export const OWAS_DAL = poolPiece({ id: 'owas-dal', siteId: 'dal', fqdn: fqdn('owas-dal'), role: 'officeWebApps' }, 1);
/** The pilot Edge: no SIP or XMPP federation until the cut-over (deploy-pilot-edge-server.md). */
export const EDGE2013_DAL = poolPiece(
  {
    id: 'edge2013-dal',
    siteId: 'dal',
    fqdn: fqdn('edge2013-dal'),
    role: 'edge',
    loadBalancing: { internal: 'hardware', external: 'hardware' },
    federation: false,
    xmpp: false,
  },
  2,
);

export const FE2013_SEA = poolPiece(
  {
    id: 'fe2013-sea',
    siteId: 'sea',
    fqdn: fqdn('pool2013-sea'),
    role: 'frontEnd',
    edition: 'enterprise',
    mediationCollocated: true,
  },
  3,
);
export const BE2013_SEA = poolPiece(
  { id: 'be2013-sea', siteId: 'sea', fqdn: fqdn('sql2013-sea'), role: 'backEnd', ha: 'clustering' },
  2,
);
export const FS2013_SEA = poolPiece(
  { id: 'fs2013-sea', siteId: 'sea', fqdn: fqdn('fs2013-sea'), role: 'fileStore' },
  1,
);

/**
 * The same Oslo appliance once deleted from the 2010 topology and added to the 2013 one with the 2013 Dallas pool as
 * its backup registrar (connect-a-survivable-branch-appliance.md, steps 2 and 3). It is still a Lync 2010 SBA: the
 * page adds it under the branch's "Lync Server 2010" node. A new entity, because the step removes the old one.
 */
export const SBA_OSL_2013 = poolPiece(
  { id: 'sba-osl', siteId: 'osl', fqdn: fqdn('sba-osl'), version: 2010, role: 'sba' },
  1,
);

export const TARGET_POOLS: readonly PoolPiece[] = [
  FE2013_DAL,
  BE2013_DAL,
  FS2013_DAL,
  OWAS_DAL,
  EDGE2013_DAL,
  FE2013_SEA,
  BE2013_SEA,
  FS2013_SEA,
  SBA_OSL_2013,
];

/** The 2013 Dallas pool's stores (deployed with it in phase 3). */
export const DAL_STORES: Association[] = [
  association('backEnd', 'fe2013-dal', 'be2013-dal'),
  association('fileStore', 'fe2013-dal', 'fs2013-dal'),
  association('officeWebApps', 'fe2013-dal', 'owas-dal'),
];
export const SEA_STORES: Association[] = [
  association('backEnd', 'fe2013-sea', 'be2013-sea'),
  association('fileStore', 'fe2013-sea', 'fs2013-sea'),
  association('officeWebApps', 'fe2013-sea', 'owas-dal'),
];
/**
 * The Dallas pilot pool's media goes through the legacy Edge until the cut-over (connect-pilot-pool-to-legacy-edge-
 * servers.md), which points the same association at the 2013 Edge.
 */
export const DAL_MEDIA = association('edge', 'fe2013-dal', 'edge2010-dal', 'a-media-fe2013-dal');
/** Seattle's pool is deployed after the cut-over, so its media goes through the 2013 Edge from the start. */
export const SEA_MEDIA = association('edge', 'fe2013-sea', 'edge2013-dal');
/** The pilot Edge's next hop is the 2010 Director until the cut-over points it at the 2013 pool. */
export const EDGE2013_HOP = association('edgeNextHop', 'edge2013-dal', 'dir2010-dal', 'a-nexthop-edge2013-dal');
export const SBA_REGISTRAR = association('registrar', 'sba-osl', 'fe2013-dal');

export const TARGET_ASSOCIATIONS: Association[] = [
  ...DAL_STORES,
  DAL_MEDIA,
  EDGE2013_HOP,
  ...SEA_STORES,
  SEA_MEDIA,
  SBA_REGISTRAR,
];
