import { createDesign } from '../commands/createDesign';
import { gridLayout } from '../geometry/gridLayout';
import type { Design } from '../model/design';
import type { Pool, PoolRole } from '../model/pool';

export interface CanvasSize {
  sites: number;
  pools: number;
  servers: number;
  userGroups: number;
  links: number;
}

/** The canvas bench's estate (issue 4): 1,000 servers in 100 pools, 60 sites, 300 user groups and 80 links. */
export const CANVAS_1K: CanvasSize = { sites: 60, pools: 100, servers: 1_000, userGroups: 300, links: 80 };
/** Five times that: 5,000 servers. */
export const CANVAS_5K: CanvasSize = { sites: 300, pools: 500, servers: 5_000, userGroups: 1_500, links: 400 };

const CENTRAL_ROLES: PoolRole[] = [
  'frontEnd',
  'backEnd',
  'edge',
  'director',
  'fileStore',
  'mediation',
  'frontEnd',
  'backEnd',
];

/**
 * A deterministic estate drawn as a planner would leave it: one site in ten is central and holds most pools and
 * servers; each branch has one SBA; groups of people in every site; links from each branch to its hub, the rest
 * between hubs. Every box has a place and none overlaps another, so what the bench paints is a real diagram.
 */
export function canvasDesign(size: CanvasSize, name = `Canvas ${size.servers} servers`): Design {
  const design = createDesign({ id: '5e7a0000-0000-4000-8000-00000000c0de', name, now: '2026-01-01T00:00:00.000Z' });
  const centralCount = Math.max(1, Math.round(size.sites / 10));
  const branchCount = size.sites - centralCount;
  const centralPools = size.pools - branchCount;
  const sites = Array.from({ length: size.sites }, (_, s) => {
    const central =
      s % Math.ceil(size.sites / centralCount) === 0 &&
      Math.floor(s / Math.ceil(size.sites / centralCount)) < centralCount;
    return { index: s, id: `s${s}`, central };
  });
  const hubs = sites.filter((site) => site.central);
  const hubOf = (s: number) => [...hubs].reverse().find((hub) => hub.index <= s)!.id;
  for (const site of sites) {
    design.sites.push(
      site.central
        ? { id: site.id, name: `Hub ${hubs.indexOf(site) + 1}`, kind: 'central' }
        : { id: site.id, name: `Branch ${site.index}`, kind: 'branch', centralSiteId: hubOf(site.index) },
    );
  }

  // Pools: one SBA per branch; the rest round the hubs in the usual central roles.
  const pools: Pool[] = [];
  const frontEndOf = new Map<string, string>();
  for (const site of sites.filter((candidate) => !candidate.central))
    pools.push({ id: `p${pools.length}`, siteId: site.id, role: 'sba', fqdn: `sba${site.index}.contoso.com` } as Pool);
  for (let i = 0; i < centralPools; i++) {
    const hub = hubs[i % hubs.length]!;
    const role = CENTRAL_ROLES[Math.floor(i / hubs.length) % CENTRAL_ROLES.length]!;
    const id = `p${pools.length}`;
    const common = { id, siteId: hub.id, fqdn: `${role.toLowerCase()}${i}.contoso.com` };
    pools.push(
      (role === 'frontEnd'
        ? { ...common, role, edition: 'enterprise' }
        : role === 'backEnd'
          ? { ...common, role, ha: 'mirroring' }
          : { ...common, role }) as Pool,
    );
    if (role === 'frontEnd' && !frontEndOf.has(hub.id)) frontEndOf.set(hub.id, id);
  }
  design.pools = pools;
  // Every pool has a server; the rest go to the hubs' pools in turn, so central pools hold most of them.
  const central = pools.filter((pool) => pool.role !== 'sba');
  const serverPool = pools.map((pool) => pool.id);
  for (let i = 0; serverPool.length < size.servers; i++) serverPool.push(central[i % central.length]!.id);
  design.servers = serverPool
    .slice(0, size.servers)
    .map((poolId, i) => ({ id: `v${i}`, poolId, fqdn: `srv${i}.contoso.com` }));
  for (const pool of pools) {
    if (pool.role === 'sba')
      design.associations.push({
        id: `a-${pool.id}`,
        kind: 'registrar',
        from: pool.id,
        to: frontEndOf.get(hubOf(Number(pool.siteId.slice(1))))!,
      });
  }
  for (let g = 0; g < size.userGroups; g++) {
    const site = sites[g % sites.length]!;
    const home = frontEndOf.get(site.central ? site.id : hubOf(site.index))!;
    design.userGroups.push({
      id: `g${g}`,
      name: `Group ${g}`,
      siteId: site.id,
      homePoolId: home,
      count: 50 + (g % 20) * 25,
    });
  }
  // Each branch to its hub; then hub to hub, every pair once; then branches to a second hub, as backup routes.
  const branches = sites.filter((site) => !site.central);
  const pairs: Array<[string, string]> = branches.map((branch) => [branch.id, hubOf(branch.index)]);
  for (let a = 0; a < hubs.length; a++)
    for (let b = a + 1; b < hubs.length; b++) pairs.push([hubs[a]!.id, hubs[b]!.id]);
  if (hubs.length > 1)
    for (const branch of branches)
      pairs.push([branch.id, hubs[(hubs.findIndex((hub) => hub.id === hubOf(branch.index)) + 1) % hubs.length]!.id]);
  pairs.slice(0, size.links).forEach(([siteA, siteB], l) => {
    design.links.push({
      id: `l${l}`,
      siteA,
      siteB,
      capacityKbps: siteA.startsWith('s') && hubs.some((hub) => hub.id === siteA) ? 1_000_000 : 10_000 * (1 + (l % 4)),
    });
  });
  design.layout = { nodes: gridLayout(design, { boxesPerRow: 3, sitesPerRow: 10 }) };
  return design;
}
