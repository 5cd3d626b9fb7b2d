import type { BandwidthSettings, Traffic } from '../model/settings';
import { validate } from '../validate';
import { DesignBuilder, NO_TRAFFIC } from './designBuilder';

/**
 * Designs that the tests of several rules share: each rule's test sits beside its rule, and these scenarios are
 * where the documented examples (examples.md) exercise more than one rule at once.
 */

/** A computer in two roles: a server of the second pool with the same FQDN as one of the first. */
export function collocate(b: DesignBuilder, first: string, second: string): string {
  const fqdn = b.design.servers.find((s) => s.poolId === first)!.fqdn;
  const [id] = b.servers(second, 1);
  b.design.servers.find((s) => s.id === id)!.fqdn = fqdn;
  return id!;
}

export interface CacProfile {
  audio: number;
  audioSession: number;
  video: number;
  videoSession: number;
}

/**
 * Every finding about one branch-to-central link with a bandwidth policy (examples.md NET-14, NET-15), whatever
 * the rule, so that a test also sees that no other rule speaks about the link.
 */
export function cacLinkFindings(
  capacityKbps: number,
  cac: CacProfile,
  bandwidth: BandwidthSettings = {},
  traffic: Traffic = {},
) {
  const b = new DesignBuilder('CAC', { bandwidth, traffic: { ...NO_TRAFFIC, ...traffic } });
  const central = b.site('Central');
  const branch = b.site('Branch', 'branch', central);
  b.frontEnd(central, 3);
  const id = b.link(branch, central, capacityKbps, {
    cac: {
      audioLimitKbps: cac.audio,
      audioSessionLimitKbps: cac.audioSession,
      videoLimitKbps: cac.video,
      videoSessionLimitKbps: cac.videoSession,
    },
  });
  return validate(b.design)
    .findings.filter((f) => f.subjects.includes(id))
    .map((f) => ({ rule: f.rule, severity: f.severity, value: f.value, limit: f.limit }));
}

/**
 * A central site whose two 12-server pools home `remote` concurrent remote users (all of them remote), with an
 * Edge pool of `edges` servers and a Director pool of `directors` (examples.md CAP-10).
 */
export function remoteAccessSite(remote: number, edges: number, directors: number) {
  const b = new DesignBuilder();
  const central = b.site('Dallas');
  const poolA = b.frontEnd(central, 12);
  const poolB = b.frontEnd(central, 12);
  b.design.userGroups.push({
    id: 'g-a',
    siteId: central,
    homePoolId: poolA,
    count: Math.ceil(remote / 2),
    remotePercent: 100,
  });
  b.design.userGroups.push({
    id: 'g-b',
    siteId: central,
    homePoolId: poolB,
    count: Math.floor(remote / 2),
    remotePercent: 100,
  });
  const edge = b.pool(central, 'edge', { servers: edges });
  const director = b.pool(central, 'director', { servers: directors });
  const result = validate(b.design);
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule);
  return { b, central, edge, director, result, of };
}

/**
 * Three 12-server pools, one of them paired twice: with a pool of 45,000 users, with a virtual pool in its own site
 * whose Back End is clustered where its own is mirrored, and with a pool in another site. Five pairing rules
 * speak about it at once. With `legacy`, the twice-paired pool is a Lync Server 2010 pool, which no pairing rule
 * judges (pool pairing is new in 2013).
 */
export function troubledPairs({ legacy = false } = {}) {
  const b = new DesignBuilder();
  const site = b.site('A');
  const a = b.frontEnd(site, 12);
  if (legacy) b.legacy(a);
  const c = b.frontEnd(site, 12);
  const d = b.frontEnd(b.site('B'), 12);
  b.users(site, a, 45_000);
  const sameSite = b.associate('backupPool', a, c);
  const otherSite = b.associate('backupPool', a, d);
  for (const server of b.design.servers.filter((s) => s.poolId === c)) server.hardware = { virtual: true };
  const sqlA = b.pool(site, 'backEnd', { servers: 2 });
  const sqlC = b.pool(site, 'backEnd', { servers: 2 });
  (b.design.pools.find((p) => p.id === sqlA) as { ha: string }).ha = 'mirroring';
  (b.design.pools.find((p) => p.id === sqlC) as { ha: string }).ha = 'clustering';
  b.associate('backEnd', a, sqlA);
  b.associate('backEnd', c, sqlC);
  const findings = validate(b.design).findings;
  return { a, c, d, sameSite, otherSite, findings };
}

/** Two Enterprise pools of 20,000 users in different sites, each able to carry both: a pair every rule accepts. */
export function soundPair() {
  const b = new DesignBuilder();
  const a = b.frontEnd(b.site('A'), 6);
  const c = b.frontEnd(b.site('B'), 6);
  b.users(b.design.sites[0]!.id, a, 20_000);
  b.users(b.design.sites[1]!.id, c, 20_000);
  b.associate('backupPool', a, c);
  return validate(b.design).findings;
}

/**
 * A SQL store that is the Back End of a 2013 pool and a 2010 pool and is mirrored asynchronously, and a Standard
 * Edition server with a Back End association: four Back End rules speak about it.
 */
export function sharedBackEnd() {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const sql = b.pool(site, 'backEnd', { servers: 2, extra: { ha: 'asyncMirroring' } as never });
  const legacy = b.pool(site, 'frontEnd', { servers: 3, extra: { version: 2010 } as never });
  b.associate('backEnd', b.frontEnd(site, 3), sql);
  b.associate('backEnd', legacy, sql);
  const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1 });
  b.associate('backEnd', se, b.pool(site, 'backEnd', { servers: 1 }));
  return { b, sql, legacy, se };
}

/**
 * A Lync Server 2010 site (pool, Edge pool, Director pool, all 2010) whose users are all remote; with `pilot`, a 2013
 * pool beside it with its own 2013 Edge of one server, as during a migration (migration.md).
 */
export function legacyRemoteAccessSite(remote: number, edges: number, directors: number, pilot = 0) {
  const b = new DesignBuilder();
  const central = b.site('Dallas');
  const legacy = b.legacy(b.frontEnd(central, 9));
  const edge = b.legacy(b.pool(central, 'edge', { servers: edges }));
  const director = b.legacy(b.pool(central, 'director', { servers: directors }));
  b.associate('edge', legacy, edge);
  b.design.userGroups.push({ id: 'g-2010', siteId: central, homePoolId: legacy, count: remote, remotePercent: 100 });
  let pilotEdge: string | undefined;
  if (pilot > 0) {
    const pool = b.frontEnd(central, 3);
    pilotEdge = b.pool(central, 'edge', { servers: 1 });
    b.associate('edge', pool, pilotEdge);
    b.design.userGroups.push({ id: 'g-2013', siteId: central, homePoolId: pool, count: pilot, remotePercent: 100 });
  }
  const result = validate(b.design);
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule);
  return { b, central, edge, director, pilotEdge, result, of };
}

/**
 * Two branches of Dallas with survivable devices at both ends of their ranges: Tiny's SBA homes 10 users (under the
 * 25 an SBA is designed for), Big's SBA 1,500 (over 1,000) and Big's SBS 6,000 (over 5,000). The SBA, SBS and branch
 * size rules each read their own part of it.
 */
export function survivableBranches() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const tiny = b.site('Tiny', 'branch', dallas);
  const big = b.site('Big', 'branch', dallas);
  const sbaTiny = b.pool(tiny, 'sba', { servers: 1 });
  const sbaBig = b.pool(big, 'sba', { servers: 1 });
  const sbs = b.pool(big, 'sbs', { servers: 1 });
  b.users(tiny, sbaTiny, 10);
  b.users(big, sbaBig, 1_500);
  b.users(big, sbs, 6_000);
  return { b, tiny, big, sbaTiny, sbaBig, sbs };
}
