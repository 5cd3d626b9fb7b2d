import { countOf, formatDecimal } from '../wording/numbers';
import { runbookMarkdown, runbookTable } from './formatRunbook';
import type { PlanningReport } from './planningReport';
import {
  csvRows,
  markdownTable,
  POOL_LOAD_COLUMNS,
  poolLoadCells,
  quote,
  type ReportTable,
  sourceCell,
} from './reportTable';
import { statesSpan } from './statesSpan';

export {
  isSourceCell,
  type ReportCell,
  type ReportTable,
  type ReportTableKey,
  type SourceCell,
} from './reportTable';

/** The date of an ISO 8601 time, as the report prints when a finding was waived. */
const day = (iso: string) => iso.slice(0, 10);

/**
 * The report's tables, as the CLI, the CSV exports and the printed pages all show them: the bill of materials, pool
 * load, link bandwidth and findings; then, for a design with waivers, the waived findings with their reasons and the
 * waivers that no longer match.
 */
export function reportTables(report: PlanningReport): ReportTable[] {
  const anyWaivers = report.waived.length > 0 || report.staleWaivers.length > 0;
  return [
    {
      key: 'billOfMaterials',
      title: 'Bill of materials',
      columns: ['Site', 'Role', 'Pool', 'Servers', 'Hardware per server'],
      rows: report.billOfMaterials.map((r) => [r.site, r.role, r.pool, r.servers, r.hardware]),
    },
    { key: 'poolLoad', title: 'Pool load', columns: POOL_LOAD_COLUMNS, rows: report.pools.map(poolLoadCells) },
    {
      key: 'bandwidth',
      title: 'Link bandwidth (per direction)',
      columns: [
        'Link',
        'Capacity kbps',
        'Demand kbps',
        'Utilization %',
        'Real-time share kbps',
        'Audio streams',
        'Video streams',
        'CAC audio sessions',
        'CAC video sessions',
      ],
      rows: report.links.map((r) => [
        r.link,
        r.capacityKbps,
        r.demandKbps,
        r.utilizationPercent,
        r.rtcAllowanceKbps,
        r.audioStreams,
        r.videoStreams,
        r.audioSessionsAdmitted,
        r.videoSessionsAdmitted,
      ]),
    },
    report.runbook
      ? {
          key: 'findings',
          title: 'Findings',
          // A plan's findings are listed once each, with the states they hold in (migration.md).
          columns: ['Severity', 'Rule', 'Message', 'Holds in', 'Source'],
          rows: report.findings.map((f) => [
            f.severity,
            f.rule,
            f.message,
            statesSpan(f.steps ?? [], report.runbook!),
            sourceCell(f),
          ]),
        }
      : {
          key: 'findings',
          title: 'Findings',
          columns: ['Severity', 'Rule', 'Message', 'Source'],
          rows: report.findings.map((f) => [f.severity, f.rule, f.message, sourceCell(f)]),
        },
    ...(anyWaivers
      ? [
          {
            key: 'waived' as const,
            title: 'Waived findings',
            columns: ['Severity', 'Rule', 'Message', 'Reason', 'Waived by', 'Waived on', 'Source'],
            rows: report.waived.map((f) => [
              f.severity,
              f.rule,
              f.message,
              f.waiver.reason,
              f.waiver.author,
              day(f.waiver.waivedAt),
              sourceCell(f),
            ]),
          },
        ]
      : []),
    ...(report.staleWaivers.length > 0
      ? [
          {
            key: 'staleWaivers' as const,
            title: 'Waivers that no longer match',
            columns: ['Rule', 'About', 'Waived value', 'Now', 'Reason', 'Waived by', 'Waived on'],
            rows: report.staleWaivers.map((w) => [
              w.rule,
              w.about,
              w.value,
              w.now ? (w.now.value === undefined ? 'found without a value' : `now ${w.now.value}`) : 'no longer found',
              w.reason,
              w.author,
              day(w.waivedAt),
            ]),
          },
        ]
      : []),
  ];
}

/** One table as its own CSV file: a header row, then a row per entry (the bill of materials, the link table). */
export function tableCsv(table: Pick<ReportTable, 'columns' | 'rows'>): string {
  return `${csvRows(table)
    .map((row) => row.map(quote).join(','))
    .join('\r\n')}\r\n`;
}

/** Markdown: a heading, the totals, and one table per section. */
export function reportMarkdown(report: PlanningReport): string {
  const { totals } = report;
  const lines = [
    `# ${report.design.name}`,
    '',
    `${countOf(totals.sites, 'site')}, ${countOf(totals.pools, 'pool')}, ${countOf(totals.servers, 'server')}, ${countOf(totals.users, 'user')}. Findings: ${countOf(totals.errors, 'error')}, ${countOf(totals.warnings, 'warning')}, ${countOf(totals.notes, 'note')}${totals.waived > 0 ? `; ${formatDecimal(totals.waived)} waived` : ''}.`,
  ];
  if (report.plan) lines.push('', report.plan.describes);
  for (const table of reportTables(report)) {
    lines.push('', `## ${table.title}`, '');
    if (table.rows.length === 0) lines.push('None.');
    else lines.push(...markdownTable(table.columns, table.rows));
  }
  if (report.runbook) lines.push('', ...runbookMarkdown(report.runbook));
  return `${lines.join('\n')}\n`;
}

/** CSV (RFC 4180): one block per section, each with its own header row and a first column naming the section. */
export function reportCsv(report: PlanningReport): string {
  const tables = [...reportTables(report), ...(report.runbook ? [runbookTable(report.runbook)] : [])];
  const blocks = tables.map((table) => {
    const [header, ...rows] = csvRows(table);
    return [['Section', ...header!], ...rows.map((row) => [table.title, ...row])]
      .map((row) => row.map(quote).join(','))
      .join('\r\n');
  });
  return `${blocks.join('\r\n\r\n')}\r\n`;
}

export function reportJson(report: PlanningReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
