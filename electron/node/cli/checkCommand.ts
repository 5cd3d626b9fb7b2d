import { severities } from '../../../shared/rules/define/rule';
import { validate } from '../../../shared/validate';
import { subjectName } from '../../../shared/wording/entityNames';
import { countOf, formatCount } from '../../../shared/wording/numbers';
import { figuresJson, findingJson } from './figuresJson';
import type { CliOutput } from './output';
import { readDesignArgument } from './readDesignArgument';

const headings = { error: 'Errors', warning: 'Warnings', info: 'Notes' } as const;

/**
 * `lyncplan check FILE [--json]` (cli.md): exit 0 with no error finding, 1 with one or more, 2 when the file
 * cannot be read as a .lyncplan design (the reason on standard error, naming the place in the file).
 */
export async function checkCommand(file: string | undefined, json: boolean, out: CliOutput): Promise<number> {
  const read = await readDesignArgument(file);
  if ('error' in read) {
    out.stderr(read.error);
    return 2;
  }
  const { design } = read;
  const { findings, figures } = validate(design);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (json) {
    out.stdout(JSON.stringify({ findings: findings.map(findingJson), figures: figuresJson(figures) }, null, 2));
  } else {
    const lines = [`${design.meta.name}: ${findings.length === 0 ? 'no findings' : summary(findings)}`];
    for (const severity of severities) {
      const group = findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push('', `${headings[severity]} (${formatCount(group.length)})`);
      for (const finding of group)
        lines.push(`  ${finding.rule}  ${subjectName(design, finding.subjects[0])}  ${finding.message}`);
    }
    out.stdout(lines.join('\n'));
  }
  return errors > 0 ? 1 : 0;
}

function summary(findings: ReadonlyArray<{ severity: string }>): string {
  const count = (severity: string, word: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return n === 0 ? [] : [countOf(n, word)];
  };
  return [...count('error', 'error'), ...count('warning', 'warning'), ...count('info', 'note')].join(', ');
}
