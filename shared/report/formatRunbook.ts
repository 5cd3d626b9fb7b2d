import { countOf } from '../wording/numbers';
import {
  markdownSource,
  markdownTable,
  POOL_LOAD_COLUMNS,
  poolLoadCells,
  type ReportCell,
  type ReportTable,
  type SourceCell,
  sourceCell,
} from './reportTable';
import type { RunbookFinding, RunbookProcedure, RunbookState } from './runbook';
import { statesSpan } from './statesSpan';

/** The findings a change board reads at each step (here and in print); the notes stay in the Findings section, counted. */
export const shownAtEachStep = (finding: RunbookFinding): boolean => finding.severity !== 'info';

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function procedureLines(procedure: RunbookProcedure, depth: number): string[] {
  const line = `${'  '.repeat(depth)}- ${procedure.text} (${markdownSource(sourceCell(procedure))})`;
  return [line, ...(procedure.steps ?? []).flatMap((step) => procedureLines(step, depth + 1))];
}

/**
 * The runbook in Markdown, for a change board: a heading per state, then what the step does, the migration guide's
 * procedures for its phase with their pages, the pool load once it is done and the errors and warnings that hold then.
 */
export function runbookMarkdown(states: readonly RunbookState[]): string[] {
  const lines = [
    '## Migration runbook',
    '',
    `The plan in ${countOf(states.length - 1, 'step')}. For each: what it does, the procedures the migration guide lists for its phase, the pool load once it is done, and the errors and warnings that hold then (notes are under Findings).`,
  ];
  for (const state of states) {
    lines.push('', `### ${capitalized(state.title)}`);
    const about = [
      ...(state.phase ? [`${state.phase.name} (${markdownSource(sourceCell(state.phase))})`] : []),
      ...(state.legacyPool ? [`legacy pool ${state.legacyPool}`] : []),
      ...(state.index > 0 ? [`id ${state.id}`] : []),
    ];
    if (about.length > 0) lines.push('', `${capitalized(about.join('; '))}.`);
    if (state.notes) lines.push('', ...state.notes.split(/\r?\n/).map((line) => `> ${line}`.trimEnd()));
    if (state.index > 0) {
      lines.push('', '**Actions**', '');
      if (state.actions.length === 0) lines.push('None.');
      state.actions.forEach((action, i) => {
        lines.push(`${i + 1}. ${action}`);
      });
      // The parts of the step's one-line summary, as the printed runbook lists them beside the step's diagram.
      lines.push('', `**Changes:** ${state.changes.length > 0 ? state.changes.join(', ') : 'none'}.`);
    }
    if (state.procedures.length > 0) {
      lines.push('', `**What the migration guide lists for phase ${state.phase!.number}**`, '');
      for (const procedure of state.procedures) lines.push(...procedureLines(procedure, 0));
    }
    lines.push('', state.index === 0 ? '**Pool load**' : '**Pool load after this step**', '');
    if (state.pools.length === 0) lines.push('None.');
    else lines.push(...markdownTable(POOL_LOAD_COLUMNS, state.pools.map(poolLoadCells)));
    const shown = state.findings.filter(shownAtEachStep);
    const notes = state.findings.length - shown.length;
    lines.push('', '**Errors and warnings in this state**', '');
    if (shown.length === 0) lines.push('None.');
    for (const finding of shown) {
      const span = statesSpan(finding.steps, states);
      lines.push(
        `- ${finding.severity} ${finding.rule}: ${oneLine(finding.message)} (${markdownSource(sourceCell(finding))}; holds in ${span})`,
      );
    }
    if (notes > 0) lines.push('', `And ${countOf(notes, 'note')}, listed under Findings.`);
  }
  return lines;
}

export const RUNBOOK_COLUMNS = [
  'State',
  'Id',
  'Phase',
  'Item',
  'Text',
  'Severity',
  'Rule',
  'Holds in',
  'Site',
  'Users',
  'Servers',
  'Servers needed',
  'Capacity (users)',
  'Load %',
  'Source',
];

const NO_SOURCE: SourceCell = { source: '', title: '' };

/**
 * The runbook as one CSV table: a row per line item of each state (its phase, legacy pool, notes, each action, each
 * change, each procedure, each pool's load, each finding), every row naming its state, so a spreadsheet can filter by either.
 */
export function runbookTable(states: readonly RunbookState[]): Omit<ReportTable, 'key'> {
  const rows: ReportCell[][] = [];
  for (const state of states) {
    const row = (item: string, text: string | undefined, more: Partial<Record<string, ReportCell>> = {}) =>
      rows.push([
        state.title,
        state.id,
        state.phase?.number,
        item,
        text,
        ...RUNBOOK_COLUMNS.slice(5, -1).map((column) => more[column]),
        more.Source ?? NO_SOURCE,
      ]);
    if (state.phase) row('phase', state.phase.name, { Source: sourceCell(state.phase) });
    if (state.legacyPool) row('legacy pool', state.legacyPool);
    if (state.notes) row('notes', state.notes);
    for (const action of state.actions) row('action', action);
    for (const change of state.changes) row('change', change);
    const procedure = (item: RunbookProcedure, kind: string) => {
      row(kind, item.text, { Source: sourceCell(item) });
      for (const step of item.steps ?? []) procedure(step, 'procedure step');
    };
    for (const item of state.procedures) procedure(item, 'procedure');
    for (const pool of state.pools) {
      const [, role, site, users, servers, needed, capacity, load] = poolLoadCells(pool);
      row('pool load', `${pool.pool} (${role})`, {
        Site: site,
        Users: users,
        Servers: servers,
        'Servers needed': needed,
        'Capacity (users)': capacity,
        'Load %': load,
      });
    }
    for (const finding of state.findings) {
      row('finding', finding.message, {
        Severity: finding.severity,
        Rule: finding.rule,
        'Holds in': statesSpan(finding.steps, states),
        Source: sourceCell(finding),
      });
    }
  }
  return { title: 'Migration runbook', columns: RUNBOOK_COLUMNS, rows };
}
