import type { Association } from '../model/association';
import type { Link } from '../model/link';
import type { Site } from '../model/site';
import type { UserGroup } from '../model/userGroup';
import { association, DOMAIN, type PoolPiece, poolPiece } from './samplePieces';

/**
 * Fabrikam's Lync Server 2010 estate, as it stands before the migration: two central sites, Dallas and Seattle,
 * each with an Enterprise Edition Front End pool (Lync 2010 has no pool pairing, so they are unpaired) on its own
 * clustered Back End and file store; in Dallas the Edge pool (the federation route), the Director (the internal
 * SIP SRV target and the Edge's next hop), the Archiving and Monitoring servers and the reverse proxy; the Oslo
 * branch with a Survivable Branch Appliance that registers with the Dallas pool. The Dallas pool holds the Central
 * Management Server; both pools home dial-in access numbers, response groups and other non-user objects.
 */

export const SITES: Site[] = [
  { id: 'dal', name: 'Dallas', kind: 'central' },
  { id: 'sea', name: 'Seattle', kind: 'central' },
  { id: 'osl', name: 'Oslo', kind: 'branch', centralSiteId: 'dal' },
];

export const LINKS: Link[] = [
  { id: 'l-dal-sea', siteA: 'dal', siteB: 'sea', capacityKbps: 1_000_000, latencyMs: 40 },
  { id: 'l-osl-dal', siteA: 'osl', siteB: 'dal', capacityKbps: 20_000, latencyMs: 120 },
];

const fqdn = (host: string) => `${host}.${DOMAIN}`;

export const FE2010_DAL = poolPiece(
  {
    id: 'fe2010-dal',
    siteId: 'dal',
    fqdn: fqdn('pool2010-dal'),
    version: 2010,
    role: 'frontEnd',
    edition: 'enterprise',
    hostsCms: true,
    mediationCollocated: true,
    hosts: {
      conferenceDirectories: 2,
      dialInNumbers: 6,
      responseGroups: 8,
      callParkOrbits: 2,
      commonAreaPhones: 40,
      analogDevices: 12,
    },
  },
  5,
);
export const BE2010_DAL = poolPiece(
  { id: 'be2010-dal', siteId: 'dal', fqdn: fqdn('sql2010-dal'), version: 2010, role: 'backEnd', ha: 'clustering' },
  2,
);
export const FS2010_DAL = poolPiece(
  { id: 'fs2010-dal', siteId: 'dal', fqdn: fqdn('fs2010-dal'), version: 2010, role: 'fileStore' },
  1,
);
export const EDGE2010_DAL = poolPiece(
  {
    id: 'edge2010-dal',
    siteId: 'dal',
    fqdn: fqdn('edge2010-dal'),
    version: 2010,
    role: 'edge',
    loadBalancing: { internal: 'hardware', external: 'hardware' },
    federation: true,
  },
  2,
);
export const DIR2010_DAL = poolPiece(
  { id: 'dir2010-dal', siteId: 'dal', fqdn: fqdn('dir2010-dal'), version: 2010, role: 'director', sipSrvTarget: true },
  2,
);
export const ARCH2010_DAL = poolPiece(
  { id: 'arch2010-dal', siteId: 'dal', fqdn: fqdn('arch2010-dal'), version: 2010, role: 'archiving' },
  1,
);
export const MON2010_DAL = poolPiece(
  { id: 'mon2010-dal', siteId: 'dal', fqdn: fqdn('mon2010-dal'), version: 2010, role: 'monitoring' },
  1,
);
/** The reverse proxy publishes the web services of whichever pools are deployed; it is not a Lync server. */
export const RP_DAL = poolPiece({ id: 'rp-dal', siteId: 'dal', fqdn: fqdn('rp-dal'), role: 'reverseProxy' }, 1);

export const FE2010_SEA = poolPiece(
  {
    id: 'fe2010-sea',
    siteId: 'sea',
    fqdn: fqdn('pool2010-sea'),
    version: 2010,
    role: 'frontEnd',
    edition: 'enterprise',
    mediationCollocated: true,
    hosts: { conferenceDirectories: 1, dialInNumbers: 3, responseGroups: 4, commonAreaPhones: 15 },
  },
  3,
);
export const BE2010_SEA = poolPiece(
  { id: 'be2010-sea', siteId: 'sea', fqdn: fqdn('sql2010-sea'), version: 2010, role: 'backEnd', ha: 'clustering' },
  2,
);
export const FS2010_SEA = poolPiece(
  { id: 'fs2010-sea', siteId: 'sea', fqdn: fqdn('fs2010-sea'), version: 2010, role: 'fileStore' },
  1,
);

/** The Oslo SBA as Lync 2010 deployed it; the plan re-adds it to the 2013 topology (`SBA_OSL_2013`). */
export const SBA2010_OSL = poolPiece(
  { id: 'sba2010-osl', siteId: 'osl', fqdn: fqdn('sba-osl'), version: 2010, role: 'sba' },
  1,
);

export const LEGACY_POOLS: readonly PoolPiece[] = [
  FE2010_DAL,
  BE2010_DAL,
  FS2010_DAL,
  EDGE2010_DAL,
  DIR2010_DAL,
  ARCH2010_DAL,
  MON2010_DAL,
  RP_DAL,
  FE2010_SEA,
  BE2010_SEA,
  FS2010_SEA,
  SBA2010_OSL,
];

export const LEGACY_ASSOCIATIONS: Association[] = [
  association('backEnd', 'fe2010-dal', 'be2010-dal'),
  association('fileStore', 'fe2010-dal', 'fs2010-dal'),
  association('edge', 'fe2010-dal', 'edge2010-dal'),
  association('archiving', 'fe2010-dal', 'arch2010-dal'),
  association('monitoring', 'fe2010-dal', 'mon2010-dal'),
  association('edgeNextHop', 'edge2010-dal', 'dir2010-dal'),
  association('backEnd', 'fe2010-sea', 'be2010-sea'),
  association('fileStore', 'fe2010-sea', 'fs2010-sea'),
  association('edge', 'fe2010-sea', 'edge2010-dal'),
  association('archiving', 'fe2010-sea', 'arch2010-dal'),
  association('monitoring', 'fe2010-sea', 'mon2010-dal'),
  association('registrar', 'sba2010-osl', 'fe2010-dal'),
  association('monitoring', 'sba2010-osl', 'mon2010-dal'),
];

/** 12,000 people in Dallas, 7,000 in Seattle and 250 in Oslo; a pilot group in each central site. */
export const USER_GROUPS: UserGroup[] = [
  { id: 'ug-dal-pilot', name: 'Dallas IT pilot', siteId: 'dal', homePoolId: 'fe2010-dal', count: 100 },
  { id: 'ug-dal-hq', name: 'Dallas headquarters', siteId: 'dal', homePoolId: 'fe2010-dal', count: 8_000 },
  {
    id: 'ug-dal-sales',
    name: 'Dallas sales',
    siteId: 'dal',
    homePoolId: 'fe2010-dal',
    count: 3_900,
    remotePercent: 40,
  },
  { id: 'ug-sea-pilot', name: 'Seattle IT pilot', siteId: 'sea', homePoolId: 'fe2010-sea', count: 50 },
  { id: 'ug-sea-eng', name: 'Seattle engineering', siteId: 'sea', homePoolId: 'fe2010-sea', count: 6_950 },
  { id: 'ug-osl', name: 'Oslo office', siteId: 'osl', homePoolId: 'sba2010-osl', count: 250 },
];
