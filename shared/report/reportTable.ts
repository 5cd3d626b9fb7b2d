import { formatDecimal } from '../wording/numbers';
import type { PoolLoadRow, ReportFinding } from './planningReport';

/** The cells of the report's tables, and how Markdown and CSV write them. */

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

export const POOL_LOAD_COLUMNS = [
  'Pool',
  'Role',
  'Site',
  'Users',
  'Servers',
  'Servers needed',
  'Capacity (users)',
  'Load %',
];

export const poolLoadCells = (r: PoolLoadRow): ReportCell[] => [
  r.pool,
  r.role,
  r.site,
  r.users,
  r.servers,
  r.requiredServers,
  r.capacityUsers,
  r.loadPercent,
];

export const sourceCell = (finding: Pick<ReportFinding, 'source' | 'sourceTitle' | 'sourceUrl'>): SourceCell => ({
  source: finding.source,
  title: finding.sourceTitle,
  ...(finding.sourceUrl ? { url: finding.sourceUrl } : {}),
});

export const isSourceCell = (cell: ReportCell): cell is SourceCell => typeof cell === 'object';

const cell = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** A table's header and rows as CSV fields: a source becomes three (Source, Source title, Source URL). */
export function csvRows(table: Pick<ReportTable, 'columns' | 'rows'>): Array<Array<string | number | undefined>> {
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
export function markdownSource(value: SourceCell): string {
  const title = value.title.replace(/[[\]\\]/g, (c) => `\\${c}`);
  return value.url ? `[${title}](${value.url})` : title;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export const quote = (value: string | number | undefined) => {
  const text = cell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A Markdown table: a header, then one line per row. */
export function markdownTable(columns: readonly string[], rows: readonly ReportCell[][]): string[] {
  // Text for people: numbers grouped by thousands (19,000; 10,060.5), as the app and the messages write them;
  // one line per row: a line break (a waiver's reason may have several) would end the table.
  const escapePipes = (value: ReportCell) =>
    (isSourceCell(value) ? markdownSource(value) : typeof value === 'number' ? formatDecimal(value) : cell(value))
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(/\|/g, '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map(escapePipes).join(' | ')} |`),
  ];
}
