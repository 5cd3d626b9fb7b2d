import { checkCommand } from './checkCommand';
import { type CliOutput, controlSafeOutput } from './output';
import { type ReportFormat, reportCommand, reportFormats } from './reportCommand';

export const USAGE = `Usage:
  lyncplan check FILE [--json] [--step ID]     validate a .lyncplan design, every state of its migration plan or one
                                               (exit 0 clean, 1 errors, 2 unreadable)
  lyncplan report FILE [--format md|csv|json]  the planning report: bill of materials, pool load, link bandwidth, findings`;

/** The commands and the options each accepts (docs/command-line.md's test reads this list, so the manual keeps up). */
export const commandOptions = {
  check: ['--json', '--step'],
  report: ['--format'],
} as const satisfies Record<string, readonly `--${string}`[]>;

/** The first arguments that print the usage and exit 0. */
export const helpArguments = ['--help', '-h', 'help'] as const;

const accepts = (options: readonly string[], flag: string) => options.includes(flag);

/** Parses the arguments and runs a command; returns the exit status. Usage mistakes exit 2 with the usage. */
export async function runCli(args: readonly string[], raw: CliOutput): Promise<number> {
  const [command, ...rest] = args;
  const json =
    (command === 'check' && rest.includes('--json')) ||
    (command === 'report' && rest.includes('--format') && rest[rest.indexOf('--format') + 1] === 'json');
  const out = controlSafeOutput(raw, json ? 'json' : 'text');
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const positional = rest.filter(
    (arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--format' && rest[i - 1] !== '--step',
  );
  const usage = (problem: string) => {
    out.stderr(`lyncplan: ${problem}\n${USAGE}`);
    return 2;
  };
  if (command === undefined || accepts(helpArguments, command)) {
    out.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (positional.length > 1) return usage(`one FILE at a time (got ${positional.length})`);
  if (command === 'check') {
    const unknown = flags.filter((flag) => !accepts(commandOptions.check, flag));
    if (unknown.length > 0) return usage(`unknown option ${unknown[0]}`);
    const at = rest.indexOf('--step');
    const step = at >= 0 ? rest[at + 1] : undefined;
    if (at >= 0 && (step === undefined || step.startsWith('--')))
      return usage('--step needs the id of a state (start or a step id)');
    return checkCommand(positional[0], flags.includes('--json'), out, step);
  }
  if (command === 'report') {
    const at = rest.indexOf('--format');
    const format = at >= 0 ? rest[at + 1] : 'md';
    const unknown = flags.filter((flag) => !accepts(commandOptions.report, flag));
    if (unknown.length > 0) return usage(`unknown option ${unknown[0]}`);
    if (!reportFormats.includes(format as ReportFormat))
      return usage(`--format is md, csv or json (got ${format ?? 'nothing'})`);
    return reportCommand(positional[0], format as ReportFormat, out);
  }
  return usage(`unknown command "${command}"`);
}
