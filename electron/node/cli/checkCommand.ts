import type { Design } from '../../../shared/model/design';
import { severities } from '../../../shared/rules/define/rule';
import { type StaleWaiver, validateWithWaivers, type WaivedFinding } from '../../../shared/waivers/applyWaivers';
import { subjectName } from '../../../shared/wording/entityNames';
import { countOf, formatCount } from '../../../shared/wording/numbers';
import { figuresJson, findingJson, staleWaiverJson, waivedFindingJson } from './figuresJson';
import type { CliOutput } from './output';
import { readDesignArgument } from './readDesignArgument';

const headings = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

/** A reason on the line it is printed on (the dialog lets a reason run over several). */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * `lyncplan check FILE [--json]` (cli.md): exit 0 with no error finding, 1 with one or more, 2 when the file
 * cannot be read as a .lyncplan design (the reason on standard error, naming the place in the file). A finding the
 * design waives does not count: it is listed as waived, with its reason and author, and counts again once what it
 * compares changes (the waiver is then listed as no longer matching).
 */
export async function checkCommand(file: string | undefined, json: boolean, out: CliOutput): Promise<number> {
  const read = await readDesignArgument(file);
  if ('error' in read) {
    out.stderr(read.error);
    return 2;
  }
  const { design } = read;
  const { findings, figures, waivers } = validateWithWaivers(design);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (json) {
    out.stdout(
      JSON.stringify(
        {
          findings: findings.map(findingJson),
          figures: figuresJson(figures),
          // Optional (cli.md lets the app add fields): only a design that has waivers says what became of them.
          ...(design.waivers
            ? { waived: waivers.waived.map(waivedFindingJson), staleWaivers: waivers.stale.map(staleWaiverJson) }
            : {}),
        },
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
  return errors > 0 ? 1 : 0;
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
