import { countOf, formatDecimal } from '../wording/numbers';
import type { PlanningReport } from './planningReport';

export type ReportTableKey = 'billOfMaterials' | 'poolLoad' | 'bandwidth' | 'findings';
export type ReportTable = {
  key: ReportTableKey;
  title: string;
  columns: string[];
  rows: Array<Array<string | number | undefined>>;
};

/** The report's four tables, as the CLI, the CSV exports and the printed pages all show them. */
export function reportTables(report: PlanningReport): ReportTable[] {
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
      rows: report.findings.map((f) => [f.severity, f.rule, f.message, f.source]),
    },
  ];
}

const cell = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const quote = (value: string | number | undefined) => {
  const text = cell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One table as its own CSV file: a header row, then a row per entry (the bill of materials, the link table). */
export function tableCsv(table: ReportTable): string {
  return `${[table.columns, ...table.rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Markdown: a heading, the totals, and one table per section. */
export function reportMarkdown(report: PlanningReport): string {
  const { totals } = report;
  const lines = [
    `# ${report.design.name}`,
    '',
    `${countOf(totals.sites, 'site')}, ${countOf(totals.pools, 'pool')}, ${countOf(totals.servers, 'server')}, ${countOf(totals.users, 'user')}. Findings: ${countOf(totals.errors, 'error')}, ${countOf(totals.warnings, 'warning')}, ${countOf(totals.notes, 'note')}.`,
  ];
  for (const table of reportTables(report)) {
    lines.push('', `## ${table.title}`, '');
    if (table.rows.length === 0) {
      lines.push('None.');
      continue;
    }
    // Text for people: numbers grouped by thousands (19,000; 10,060.5), as the app and the messages write them.
    const escapePipes = (value: string | number | undefined) =>
      (typeof value === 'number' ? formatDecimal(value) : cell(value)).replace(/\|/g, '\\|');
    lines.push(`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(escapePipes).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** CSV (RFC 4180): one block per section, each with its own header row and a first column naming the section. */
export function reportCsv(report: PlanningReport): string {
  const blocks = reportTables(report).map((table) =>
    [['Section', ...table.columns], ...table.rows.map((row) => [table.title, ...row])]
      .map((row) => row.map(quote).join(','))
      .join('\r\n'),
  );
  return `${blocks.join('\r\n\r\n')}\r\n`;
}

export function reportJson(report: PlanningReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
