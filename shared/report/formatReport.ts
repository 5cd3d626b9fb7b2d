import { countOf, formatDecimal } from '../wording/numbers';
import type { PlanningReport, ReportFinding } from './planningReport';

export type ReportTableKey = 'billOfMaterials' | 'poolLoad' | 'bandwidth' | 'findings' | 'waived' | 'staleWaivers';

/**
 * Where a finding comes from: its source path (cli.md's `source`), its page's title and public address. Markdown
 * shows a link, CSV three columns (Source, Source title, Source URL), the printed page the title.
 */
export interface SourceCell {
  source: string;
  title: string;
  url?: string;
}

export type ReportCell = string | number | undefined | SourceCell;

export type ReportTable = {
  key: ReportTableKey;
  title: string;
  columns: string[];
  rows: ReportCell[][];
};

const sourceCell = (finding: ReportFinding): SourceCell => ({
  source: finding.source,
  title: finding.sourceTitle,
  ...(finding.sourceUrl ? { url: finding.sourceUrl } : {}),
});

export const isSourceCell = (cell: ReportCell): cell is SourceCell => typeof cell === 'object';

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
    {
      key: 'poolLoad',
      title: 'Pool load',
      columns: ['Pool', 'Role', 'Site', 'Users', 'Servers', 'Servers needed', 'Capacity (users)', 'Load %'],
      rows: report.pools.map((r) => [
        r.pool,
        r.role,
        r.site,
        r.users,
        r.servers,
        r.requiredServers,
        r.capacityUsers,
        r.loadPercent,
      ]),
    },
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
    {
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

const cell = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** A table's header and rows as CSV fields: a source becomes three (Source, Source title, Source URL). */
function csvRows(table: ReportTable): Array<Array<string | number | undefined>> {
  const at = table.rows.length > 0 ? table.rows[0]!.findIndex(isSourceCell) : table.columns.indexOf('Source');
  const header = table.columns.flatMap((column, i) =>
    i === at ? [column, `${column} title`, `${column} URL`] : [column],
  );
  const rows = table.rows.map((row) =>
    row.flatMap((value) => (isSourceCell(value) ? [value.source, value.title, value.url] : [value])),
  );
  return [header, ...rows];
}

/** A source in Markdown: the page's title, linked to its public page when it has one. */
function markdownSource(value: SourceCell): string {
  const title = value.title.replace(/[[\]\\]/g, (c) => `\\${c}`);
  return value.url ? `[${title}](${value.url})` : title;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const quote = (value: string | number | undefined) => {
  const text = cell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One table as its own CSV file: a header row, then a row per entry (the bill of materials, the link table). */
export function tableCsv(table: ReportTable): string {
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
  for (const table of reportTables(report)) {
    lines.push('', `## ${table.title}`, '');
    if (table.rows.length === 0) {
      lines.push('None.');
      continue;
    }
    // Text for people: numbers grouped by thousands (19,000; 10,060.5), as the app and the messages write them;
    // one line per row: a line break (a waiver's reason may have several) would end the table.
    const escapePipes = (value: ReportCell) =>
      (isSourceCell(value) ? markdownSource(value) : typeof value === 'number' ? formatDecimal(value) : cell(value))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .replace(/\|/g, '\\|');
    lines.push(`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(escapePipes).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** CSV (RFC 4180): one block per section, each with its own header row and a first column naming the section. */
export function reportCsv(report: PlanningReport): string {
  const blocks = reportTables(report).map((table) => {
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
