import { sourcePage } from '../../../shared/catalog/sourcePages';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import type { Diagram } from '../../../shared/diagram/diagram';
import type { Design } from '../../../shared/model/design';
import { checkPlan } from '../../../shared/plan/checkPlan';
import { type StateDiff, stateDiff } from '../../../shared/plan/stateDiff';
import { type RunbookBlock, type RunbookPage, runbookPages } from '../../../shared/print/runbookPages';
import { shownAtEachStep } from '../../../shared/report/formatRunbook';
import { type RunbookProcedure, type RunbookState, runbook } from '../../../shared/report/runbook';
import { statesSpan } from '../../../shared/report/statesSpan';
import { countOf } from '../../../shared/wording/numbers';
import { shortSourceTitle } from '../ui/sourceTitle';

/** One printed line of the runbook: its words, the page it cites, and the severity of a finding. */
export interface RunbookLineItem {
  text: string;
  /** A source path (`Lync/LyncServer/…md`), printed as its page's short title, a link. */
  source?: string;
  severity?: 'error' | 'warning';
  /** "1." for an action, "•" for a list item. */
  marker?: string;
}

/** A state of the plan as the runbook prints it: the runbook's words, its diagram and what its step changes. */
export interface RunbookSheet {
  state: RunbookState;
  diagram: Diagram;
  /** The step's changes (none for `start`): what the diagram is to mark once designDiagram takes them. */
  changes?: StateDiff;
}

/** "Step 3 — Move the pilot users": the state's title as its pages print it. */
export const runbookTitle = (state: RunbookState): string =>
  `${state.title.charAt(0).toUpperCase()}${state.title.slice(1)}`;

const measured = (line: RunbookLineItem) =>
  `${line.marker ?? ''} ${line.text}${line.source ? ` (${shortSourceTitle(sourcePage(line.source).title)})` : ''}`;

const line = (item: RunbookLineItem, depth = 0) => ({ text: measured(item), depth, item });

function procedureLines(procedure: RunbookProcedure, depth: number): ReturnType<typeof line>[] {
  return [
    line({ text: procedure.text, source: procedure.source, marker: '•' }, depth),
    ...(procedure.steps ?? []).flatMap((step) => procedureLines(step, depth + 1)),
  ];
}

/**
 * What a state prints, in order: its phase, legacy pool and notes; its diagram with its changes beside it; its
 * actions in words; the guide's procedures for its phase with their pages; the errors and warnings that hold in it
 * (its step's own first), the notes counted, as `lyncplan report` gives them (formatRunbook.ts).
 */
export function runbookBlocks(
  state: RunbookState,
  states: readonly RunbookState[],
): Array<RunbookBlock<RunbookLineItem>> {
  const about = [
    ...(state.phase ? [line({ text: state.phase.name, source: state.phase.source })] : []),
    ...(state.legacyPool ? [line({ text: `Legacy pool: ${state.legacyPool}` })] : []),
    ...(state.notes ? [line({ text: state.notes })] : []),
  ];
  const shown = state.findings.filter(shownAtEachStep);
  const notes = state.findings.length - shown.length;
  const findings = [
    ...shown.map((finding) =>
      line({
        text: `${finding.rule}: ${finding.message} (holds in ${statesSpan(finding.steps, states)})`,
        source: finding.source,
        severity: finding.severity as 'error' | 'warning',
        marker: finding.severity === 'error' ? 'Error' : 'Warning',
      }),
    ),
    ...(shown.length === 0 ? [line({ text: 'None.' })] : []),
    ...(notes > 0 ? [line({ text: `And ${countOf(notes, 'note')} (severity info).` })] : []),
  ];
  const start = state.index === 0;
  return [
    { kind: 'section', title: '', lines: about },
    {
      kind: 'diagram',
      side: {
        title: start ? '' : 'Changes in this step',
        lines: start
          ? []
          : (state.changes.length > 0 ? state.changes : ['No change']).map((text) => line({ text, marker: '•' })),
      },
    },
    {
      kind: 'section',
      title: 'Actions',
      lines: state.actions.map((text, i) => line({ text, marker: `${i + 1}.` })),
    },
    {
      kind: 'section',
      title: state.phase ? `What the migration guide lists for phase ${state.phase.number}` : '',
      lines: state.procedures.flatMap((procedure) => procedureLines(procedure, 0)),
    },
    {
      kind: 'section',
      title: start ? 'Errors and warnings before the plan' : 'Errors and warnings in this state',
      lines: findings,
    },
  ];
}

/**
 * The runbook of a design with a plan, laid out on pages of the printed area: `start` and every step, each with the
 * diagram of its state. The words are the runbook `lyncplan report` prints (runbook.ts), from the plan's check with
 * the design's waivers applied.
 */
export function runbookSheets(
  design: Design,
  collapsed: ReadonlySet<string>,
  area: { widthMm: number; heightMm: number },
): { sheets: RunbookSheet[]; pages: Array<RunbookPage<RunbookLineItem>> } {
  const check = checkPlan(design);
  const { states, byState } = check.validation;
  const book = runbook(check);
  const all = [book.start, ...book.steps];
  const sheets = all.map((state): RunbookSheet => {
    const after = states.stateAt(state.index - 1);
    // A step's page marks what it adds and changes, and draws what it removes as ghosts (designDiagram).
    const changes = state.index > 0 ? stateDiff(states.stateAt(state.index - 2), after) : undefined;
    return {
      state,
      diagram: designDiagram(after, byState.get(state.id)!, collapsed, changes),
      ...(changes ? { changes } : {}),
    };
  });
  return {
    sheets,
    pages: runbookPages(
      all.map((state) => ({ title: runbookTitle(state), blocks: runbookBlocks(state, all) })),
      area,
    ),
  };
}
