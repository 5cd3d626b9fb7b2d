import type { Design } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { checkPlan, checkState } from '../../../shared/plan/checkPlan';
import type { PlanFinding } from '../../../shared/rules/define/migrationRule';
import { type Finding, severities } from '../../../shared/rules/define/rule';
import { type StaleWaiver, validateWithWaivers, type WaivedFinding } from '../../../shared/waivers/applyWaivers';
import { stepTitle, subjectName } from '../../../shared/wording/entityNames';
import { countOf, formatCount } from '../../../shared/wording/numbers';
import { figuresJson, findingJson, staleWaiverJson, waivedFindingJson } from './figuresJson';
import type { CliOutput } from './output';
import { readDesignArgument } from './readDesignArgument';

const headings = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

/** A reason on the line it is printed on (the dialog lets a reason run over several). */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * `lyncplan check FILE [--json] [--step ID]` (cli.md, migration.md): exit 0 with no error finding, 1 with one or more
 * (in any state of a plan), 2 when the file cannot be read as a .lyncplan design (the reason on standard error, naming
 * the place in the file) or names no such state. A finding the design waives does not count: it is listed as waived,
 * with its reason and author, and counts again once what it compares changes (the waiver is then listed as no longer
 * matching). A design with a plan is checked in every state; `--step` checks one state, printed as a design without one.
 */
export async function checkCommand(
  file: string | undefined,
  json: boolean,
  out: CliOutput,
  stepId?: string,
): Promise<number> {
  const read = await readDesignArgument(file);
  if ('error' in read) {
    out.stderr(read.error);
    return 2;
  }
  const { design } = read;
  const planned = (design.migration?.steps.length ?? 0) > 0;
  if (stepId !== undefined) {
    const checked = planned
      ? checkState(design, stepId)
      : stepId === START_STATE
        ? validateWithWaivers(design)
        : undefined;
    if (!checked) {
      const ids = [START_STATE, ...(design.migration?.steps ?? []).map((step) => step.id)];
      out.stderr(`lyncplan: ${file}: no state "${stepId}" in this design; its states are ${ids.join(', ')}.`);
      return 2;
    }
    return printChecked(design, checked.findings, checked.figures, checked.waivers, json, out);
  }
  if (!planned) {
    const { findings, figures, waivers } = validateWithWaivers(design);
    return printChecked(design, findings, figures, waivers, json, out);
  }
  const { findings, figures, waivers, validation } = checkPlan(design);
  if (json) {
    const figuresByStep: Record<string, ReturnType<typeof figuresJson>> = {};
    for (const [id, result] of validation.byState) figuresByStep[id] = figuresJson(result.figures);
    out.stdout(
      JSON.stringify(
        {
          findings: findings.map((finding) => ({ ...findingJson(finding), steps: finding.steps })),
          figures: figuresJson(figures),
          figuresByStep,
          ...waiverJson(design, waivers),
        },
        null,
        2,
      ),
    );
  } else {
    out.stdout(
      [
        `${design.meta.name}: ${headline(findings, waivers.waived, waivers.stale)}`,
        ...planLines(design, findings),
        ...waivedLines(design, waivers.waived, waivers.stale),
      ].join('\n'),
    );
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

type Waivers = ReturnType<typeof validateWithWaivers>['waivers'];

/** Optional (cli.md lets the app add fields): only a design that has waivers says what became of them. */
function waiverJson(design: Design, waivers: Waivers) {
  return design.waivers
    ? { waived: waivers.waived.map(waivedFindingJson), staleWaivers: waivers.stale.map(staleWaiverJson) }
    : {};
}

/** A design, or one state of a plan, as version 1 prints it. */
function printChecked(
  design: Design,
  findings: readonly Finding[],
  figures: Parameters<typeof figuresJson>[0],
  waivers: Waivers,
  json: boolean,
  out: CliOutput,
): number {
  if (json) {
    out.stdout(
      JSON.stringify(
        { findings: findings.map(findingJson), figures: figuresJson(figures), ...waiverJson(design, waivers) },
        null,
        2,
      ),
    );
  } else {
    const lines = [`${design.meta.name}: ${headline(findings, waivers.waived, waivers.stale)}`];
    for (const severity of severities) {
      const group = findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push('', `${headings[severity]} (${formatCount(group.length)})`);
      for (const finding of group)
        lines.push(`  ${finding.rule}  ${subjectName(design, finding.subjects[0])}  ${finding.message}`);
    }
    lines.push(...waivedLines(design, waivers.waived, waivers.stale));
    out.stdout(lines.join('\n'));
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/**
 * A plan's findings grouped by state, in plan order: under each state the findings that first hold there, most
 * severe first, each with the states it goes on holding in. A state heading says what holds there in all.
 */
function planLines(design: Design, findings: readonly PlanFinding[]): string[] {
  const steps = design.migration?.steps ?? [];
  const ids = [START_STATE, ...steps.map((step) => step.id)];
  const position = new Map(ids.map((id, i) => [id, i]));
  const title = (id: string) => {
    const at = position.get(id)! - 1;
    return at < 0 ? START_STATE : stepTitle(at, steps[at]!.name);
  };
  const lines: string[] = [];
  for (const id of ids) {
    const holding = findings.filter((f) => f.steps.includes(id));
    const first = holding.filter((f) => f.steps[0] === id);
    const at = position.get(id)! - 1;
    const phase = at < 0 ? '' : ` (phase ${steps[at]!.phase}, id ${id})`;
    lines.push('', `${title(id)}${phase}: ${holding.length === 0 ? 'no findings' : summary(holding)}`);
    for (const finding of first) {
      const more = finding.steps.length > 1 ? `  [holds in ${spanOf(finding.steps, ids, title)}]` : '';
      lines.push(
        `  ${finding.severity.padEnd(7)}  ${finding.rule}  ${subjectName(design, finding.subjects[0])}  ${finding.message}${more}`,
      );
    }
  }
  return lines;
}

/** "start to step 4", or a list when the states are not consecutive. */
function spanOf(states: readonly string[], ids: readonly string[], title: (id: string) => string): string {
  const first = ids.indexOf(states[0]!);
  const consecutive = states.every((id, i) => ids.indexOf(id) === first + i);
  if (consecutive) {
    const last = states[states.length - 1]!;
    return last === ids[ids.length - 1]
      ? `${title(states[0]!)} and every state after it`
      : `${title(states[0]!)} to ${title(last)}`;
  }
  return states.map(title).join(', ');
}

function headline(
  findings: ReadonlyArray<{ severity: string }>,
  waived: readonly WaivedFinding[],
  stale: readonly StaleWaiver[],
): string {
  const counted = findings.length === 0 ? 'no findings' : summary(findings);
  const apart = [
    ...(waived.length > 0 ? [`${waived.length} waived`] : []),
    ...(stale.length > 0 ? [`${stale.length} waiver${stale.length === 1 ? '' : 's'} no longer matching`] : []),
  ];
  return apart.length === 0 ? counted : `${counted}; ${apart.join(', ')}`;
}

/** The waived findings with who waived them, when and why; then the waivers that no longer match, and why not. */
function waivedLines(design: Design, waived: readonly WaivedFinding[], stale: readonly StaleWaiver[]): string[] {
  const lines: string[] = [];
  if (waived.length > 0) {
    lines.push('', `Waived (${waived.length})`);
    for (const { finding, waiver } of waived) {
      lines.push(
        `  ${finding.rule}  ${subjectName(design, finding.subjects[0])}  ${finding.message}`,
        `    waived by ${waiver.author} on ${waiver.waivedAt.slice(0, 10)}: ${oneLine(waiver.reason)}`,
      );
    }
  }
  if (stale.length > 0) {
    lines.push('', `Waivers that no longer match (${stale.length})`);
    for (const { waiver, now } of stale) {
      const what = now
        ? `waived at ${waiver.value}, now ${now.value ?? 'without a value'}`
        : 'the rule no longer finds this';
      lines.push(
        `  ${waiver.rule}  ${subjectName(design, waiver.subjects[0])}  ${what} (${waiver.author}, ${waiver.waivedAt.slice(0, 10)}: ${oneLine(waiver.reason)})`,
      );
    }
  }
  return lines;
}

function summary(findings: ReadonlyArray<{ severity: string }>): string {
  const count = (severity: string, word: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n === 0 ? [] : [countOf(n, word)];
  };
  return [...count('error', 'error'), ...count('warning', 'warning'), ...count('info', 'note')].join(', ');
}
