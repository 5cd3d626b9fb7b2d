import type { LinkFigures } from '../analysis/linkDemand';
import { HARDWARE_BY_ROLE } from '../catalog/hardware';
import { sourcePage } from '../catalog/sourcePages';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import type { Waiver } from '../model/waiver';
import type { Figures, Finding } from '../rules/define/rule';
import type { WaivedValidation } from '../waivers/applyWaivers';
import { subjectName } from '../wording/entityNames';
import { roleName } from '../wording/roleLabels';
import type { RunbookState } from './runbook';

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

/** A finding as the report lists it: cli.md's fields, and the title and public address of its source page. */
// In a report on a design with a plan, each finding also has the ids of the states it holds in (migration.md).
export type ReportFinding = Finding & { sourceTitle: string; sourceUrl?: string; steps?: string[] };

/** A finding the design waives, with who waived it, when and why. */
export type WaivedReportFinding = ReportFinding & { waiver: Pick<Waiver, 'id' | 'reason' | 'author' | 'waivedAt'> };

/**
 * A waiver that no longer matches: the waiver as the file has it, the names of its subjects, and the finding the rule
 * gives instead when only its value changed.
 */
export type StaleWaiverRow = Waiver & { about: string; now?: ReportFinding };

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
    /** Findings the design waives; they are not among the errors, warnings and notes. */
    waived: number;
  };
  /** For a design with a migration plan: which state the tables describe (the last), said for the reader. */
  plan?: { steps: number; lastStep: string; describes: string };
  billOfMaterials: BillOfMaterialsRow[];
  pools: PoolLoadRow[];
  links: LinkRow[];
  /** The findings that count: the waived ones are in `waived`. */
  findings: ReportFinding[];
  waived: WaivedReportFinding[];
  staleWaivers: StaleWaiverRow[];
  /** For a design with a migration plan: the runbook, `start` then every step (`runbook.ts`). */
  runbook?: RunbookState[];
}

/** A finding with its source page's title and address (`catalog/sourcePages`). */
export function reportFinding(finding: Finding): ReportFinding {
  const page = sourcePage(finding.source);
  return { ...finding, sourceTitle: page.title, ...(page.url ? { sourceUrl: page.url } : {}) };
}

/**
 * The report of a design from its validation, waivers applied: the caller has one already (the open document's,
 * the CLI's). Waived findings are listed apart, with their reasons, and are not counted as errors.
 */
export function planningReport(design: Design, validation: WaivedValidation): PlanningReport {
  const { findings, figures, waivers } = validation;
  const siteName = new Map(design.sites.map((site) => [site.id, site.name]));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const ordered = reportOrder(design, siteName);
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
      waived: waivers.waived.length,
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
    pools: poolLoadRows(ordered, figures, siteName),
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
    findings: findings.map(reportFinding),
    waived: waivers.waived.map(({ finding, waiver }) => ({
      ...reportFinding(finding),
      waiver: { id: waiver.id, reason: waiver.reason, author: waiver.author, waivedAt: waiver.waivedAt },
    })),
    staleWaivers: waivers.stale.map(({ waiver, now }) => ({
      ...waiver,
      about: waiver.subjects.map((id) => subjectName(design, id)).join(', ') || '(design)',
      ...(now ? { now: reportFinding(now) } : {}),
    })),
  };
}

/** The pools as the report lists them: by site, then role, then FQDN. */
function reportOrder(design: Design, siteName: ReadonlyMap<string, string>): Pool[] {
  return [...design.pools].sort(
    (a, b) =>
      (siteName.get(a.siteId) ?? '').localeCompare(siteName.get(b.siteId) ?? '') ||
      roleName(a).localeCompare(roleName(b)) ||
      a.fqdn.localeCompare(b.fqdn),
  );
}

function poolLoadRows(pools: readonly Pool[], figures: Figures, siteName: ReadonlyMap<string, string>): PoolLoadRow[] {
  return pools.map((pool) => {
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
  });
}

/** The pool load table of one design (a plan's state, for the runbook), in the report's order. */
export function poolLoad(design: Design, figures: Figures): PoolLoadRow[] {
  const siteName = new Map(design.sites.map((site) => [site.id, site.name]));
  return poolLoadRows(reportOrder(design, siteName), figures, siteName);
}
