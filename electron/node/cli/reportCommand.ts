import { designReport } from '../../../shared/report/designReport';
import { reportCsv, reportJson, reportMarkdown } from '../../../shared/report/formatReport';
import type { CliOutput } from './output';
import { readDesignArgument } from './readDesignArgument';

export const reportFormats = ['md', 'csv', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * `lyncplan report FILE [--format md|csv|json]`: the planning report on standard output; for a design with a migration
 * plan, the last state's, every state's findings and the migration runbook.
 */
export async function reportCommand(file: string | undefined, format: ReportFormat, out: CliOutput): Promise<number> {
  const read = await readDesignArgument(file);
  if ('error' in read) {
    out.stderr(read.error);
    return 2;
  }
  const report = designReport(read.design);
  const text = format === 'csv' ? reportCsv(report) : format === 'json' ? reportJson(report) : reportMarkdown(report);
  out.stdout(text.replace(/\r?\n$/, ''));
  return 0;
}
