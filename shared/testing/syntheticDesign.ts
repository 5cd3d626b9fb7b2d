import { createDesign } from '../commands/createDesign';
import type { Design } from '../model/design';
import type { Pool, PoolRole } from '../model/pool';

export interface SyntheticSize {
  sites: number;
  servers: number;
  userGroups: number;
  links: number;
}

/** The scenario sizes: 1k is 100 sites, 1,000 servers, 1,000 user groups and 150 links; 10k is ten times that. */
export const SIZE_1K: SyntheticSize = { sites: 100, servers: 1_000, userGroups: 1_000, links: 150 };
export const SIZE_10K: SyntheticSize = { sites: 1_000, servers: 10_000, userGroups: 10_000, links: 1_500 };

const CENTRAL_ROLES: PoolRole[] = ['frontEnd', 'backEnd', 'edge', 'director', 'fileStore', 'mediation'];

/**
 * A deterministic enterprise estate of the given size: one central site in ten, each with a Front End pool and
 * its Back End, Edge, Director, file store and Mediation; branches with an SBA or a media-bypass gateway; user
 * groups spread over all sites, homed centrally; every branch linked to its central site, and the remaining
 * links between central sites. Everything has a layout, as a design drawn in the app has.
 */
export function syntheticDesign(size: SyntheticSize, name = `Synthetic ${size.servers} servers`): Design {
  const design = createDesign({ id: '5e7a0000-0000-4000-8000-000000000001', name, now: '2026-01-01T00:00:00.000Z' });
  const nodes: NonNullable<NonNullable<Design['layout']>['nodes']> = {};
  const centrals: string[] = [];
  const frontEndOf = new Map<string, string>();
  const pools: Pool[] = [];
  for (let s = 0; s < size.sites; s++) {
    const id = `s${s}`;
    const central = s % 10 === 0;
    if (central) centrals.push(id);
    const centralId = centrals[centrals.length - 1]!;
    design.sites.push(
      central
        ? { id, name: `Hub ${s / 10 + 1}`, kind: 'central' }
        : { id, name: `Branch ${s}`, kind: 'branch', centralSiteId: centralId },
    );
    nodes[id] = { x: (s % 20) * 900, y: Math.floor(s / 20) * 700 };
    const roles: PoolRole[] = central ? CENTRAL_ROLES : [s % 2 === 0 ? 'sba' : 'pstnGateway'];
    roles.forEach((role, r) => {
      const poolId = `p${s}-${r}`;
      const common = { id: poolId, siteId: id, fqdn: `${role.toLowerCase()}${s}.contoso.com` };
      const pool = (
        role === 'frontEnd'
          ? { ...common, role, edition: 'enterprise' }
          : role === 'backEnd'
            ? { ...common, role, ha: 'mirroring' }
            : role === 'pstnGateway'
              ? { ...common, role, mediaBypass: true }
              : { ...common, role }
      ) as Pool;
      pools.push(pool);
      nodes[poolId] = { x: 24 + (r % 2) * 420, y: 70 + Math.floor(r / 2) * 300 };
      if (role === 'frontEnd') frontEndOf.set(id, poolId);
    });
  }
  design.pools = pools;
  for (const pool of pools) {
    if (pool.role === 'sba')
      design.associations.push({
        id: `a-reg-${pool.id}`,
        kind: 'registrar',
        from: pool.id,
        to: frontEndOf.get(design.sites.find((s) => s.id === pool.siteId)!.centralSiteId!)!,
      });
    if (pool.role === 'frontEnd') {
      const base = pool.id.slice(0, pool.id.lastIndexOf('-'));
      design.associations.push(
        { id: `a-be-${pool.id}`, kind: 'backEnd', from: pool.id, to: `${base}-1` },
        { id: `a-edge-${pool.id}`, kind: 'edge', from: pool.id, to: `${base}-2` },
      );
    }
  }
  // Every pool gets one server, then the rest go round the central pools, Front End pools first.
  const centralPools = pools.filter((pool) => CENTRAL_ROLES.includes(pool.role));
  const serverPools = [...pools.map((pool) => pool.id)];
  for (let i = 0; serverPools.length < size.servers; i++) serverPools.push(centralPools[i % centralPools.length]!.id);
  design.servers = serverPools
    .slice(0, size.servers)
    .map((poolId, i) => ({ id: `v${i}`, poolId, fqdn: `srv${i}.contoso.com` }));
  for (let g = 0; g < size.userGroups; g++) {
    const site = design.sites[g % design.sites.length]!;
    const home = frontEndOf.get(site.kind === 'central' ? site.id : site.centralSiteId!)!;
    design.userGroups.push({
      id: `g${g}`,
      name: `Group ${g}`,
      siteId: site.id,
      homePoolId: home,
      count: 20 + (g % 40) * 5,
    });
    nodes[`g${g}`] = { x: 24 + (g % 3) * 210, y: 400 };
  }
  const branches = design.sites.filter((site) => site.kind === 'branch');
  for (let l = 0; l < size.links; l++) {
    if (l < branches.length) {
      const branch = branches[l]!;
      design.links.push({
        id: `l${l}`,
        siteA: branch.id,
        siteB: branch.centralSiteId!,
        capacityKbps: 2_048 * (1 + (l % 4)),
      });
    } else {
      const a = centrals[l % centrals.length]!;
      const b = centrals[(l + 1 + Math.floor(l / centrals.length)) % centrals.length]!;
      if (a !== b) design.links.push({ id: `l${l}`, siteA: a, siteB: b, capacityKbps: 100_000 });
    }
  }
  design.layout = { nodes };
  return design;
}
