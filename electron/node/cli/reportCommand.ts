import { reportCsv, reportJson, reportMarkdown } from '../../../shared/report/formatReport';
import { planningReport } from '../../../shared/report/planningReport';
import { validateWithWaivers } from '../../../shared/waivers/applyWaivers';
import type { CliOutput } from './output';
import { readDesignArgument } from './readDesignArgument';

export const reportFormats = ['md', 'csv', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** `lyncplan report FILE [--format md|csv|json]`: the planning report on standard output. */
export async function reportCommand(file: string | undefined, format: ReportFormat, out: CliOutput): Promise<number> {
  const read = await readDesignArgument(file);
  if ('error' in read) {
    out.stderr(read.error);
    return 2;
  }
  const report = planningReport(read.design, validateWithWaivers(read.design));
  const text = format === 'csv' ? reportCsv(report) : format === 'json' ? reportJson(report) : reportMarkdown(report);
  out.stdout(text.replace(/\r?\n$/, ''));
  return 0;
}
