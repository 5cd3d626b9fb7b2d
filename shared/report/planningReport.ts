import type { LinkFigures } from '../analysis/linkDemand';
import { HARDWARE_BY_ROLE } from '../catalog/hardware';
import type { Design } from '../model/design';
import type { Finding } from '../rules/define/rule';
import type { ValidationResult } from '../validate';
import { roleName } from '../wording/roleLabels';

export interface BillOfMaterialsRow {
  site: string;
  role: string;
  pool: string;
  servers: number;
  hardware: string;
  hardwareSource?: string;
}

export interface PoolLoadRow {
  pool: string;
  role: string;
  site: string;
  users: number;
  servers: number;
  requiredServers?: number;
  capacityUsers?: number;
  loadPercent?: number;
}

/** A link's figures (analysis/linkDemand) under the names of the two sites it joins. */
// The report's rows keep cli.md's fields; how many streams are PSTN calls is for the rules' messages.
export type LinkRow = Omit<LinkFigures, 'pstnStreams'> & { link: string };

/** The planning report (cli.md `report`): servers by site and role with hardware, pool load, link bandwidth, findings. */
export interface PlanningReport {
  design: { id: string; name: string; author?: string };
  totals: {
    sites: number;
    pools: number;
    servers: number;
    users: number;
    errors: number;
    warnings: number;
    notes: number;
  };
  billOfMaterials: BillOfMaterialsRow[];
  pools: PoolLoadRow[];
  links: LinkRow[];
  findings: Finding[];
}

/** The report of a design from its validation: the caller has one already (the open document's, the CLI's). */
export function planningReport(design: Design, validation: ValidationResult): PlanningReport {
  const { findings, figures } = validation;
  const siteName = new Map(design.sites.map((site) => [site.id, site.name]));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const ordered = [...design.pools].sort(
    (a, b) =>
      (siteName.get(a.siteId) ?? '').localeCompare(siteName.get(b.siteId) ?? '') ||
      roleName(a).localeCompare(roleName(b)) ||
      a.fqdn.localeCompare(b.fqdn),
  );
  return {
    design: {
      id: design.meta.id,
      name: design.meta.name,
      ...(design.meta.author ? { author: design.meta.author } : {}),
    },
    totals: {
      sites: design.sites.length,
      pools: design.pools.length,
      servers: design.servers.length,
      users: design.userGroups.reduce((sum, group) => sum + group.count, 0),
      errors: count('error'),
      warnings: count('warning'),
      notes: count('info'),
    },
    billOfMaterials: ordered.map((pool) => {
      const hardware = HARDWARE_BY_ROLE[pool.role];
      return {
        site: siteName.get(pool.siteId) ?? pool.siteId,
        role: roleName(pool),
        pool: pool.fqdn,
        servers: figures.pools.get(pool.id)?.servers ?? 0,
        hardware: hardware?.summary ?? 'not specified by the Lync Server 2013 documentation',
        ...(hardware ? { hardwareSource: hardware.source } : {}),
      };
    }),
    pools: ordered.map((pool) => {
      const load = figures.pools.get(pool.id);
      return {
        pool: pool.fqdn,
        role: roleName(pool),
        site: siteName.get(pool.siteId) ?? pool.siteId,
        users: load?.users ?? 0,
        servers: load?.servers ?? 0,
        ...(load?.requiredServers !== undefined ? { requiredServers: load.requiredServers } : {}),
        ...(load?.capacityUsers !== undefined ? { capacityUsers: load.capacityUsers } : {}),
        ...(load?.loadPercent !== undefined && Number.isFinite(load.loadPercent)
          ? { loadPercent: load.loadPercent }
          : {}),
      };
    }),
    links: design.links.map((link) => {
      const f = figures.links.get(link.id)!;
      return {
        link: `${siteName.get(link.siteA) ?? link.siteA} – ${siteName.get(link.siteB) ?? link.siteB}`,
        capacityKbps: f.capacityKbps,
        demandKbps: f.demandKbps,
        utilizationPercent: f.utilizationPercent,
        rtcAllowanceKbps: Math.round(f.rtcAllowanceKbps * 10) / 10,
        audioStreams: f.audioStreams,
        videoStreams: f.videoStreams,
        ...(f.audioSessionsAdmitted !== undefined
          ? { audioSessionsAdmitted: f.audioSessionsAdmitted, videoSessionsAdmitted: f.videoSessionsAdmitted! }
          : {}),
      };
    }),
    findings,
  };
}
