import type { Design } from '../model/design';
import { designReport } from './designReport';
import { tableCsv } from './formatReport';
import { runbookMarkdown, runbookTable } from './formatRunbook';

/**
 * The migration runbook as its own files, for Export: the runbook section of `lyncplan report` (Markdown) under the
 * design's name, and its runbook table (CSV), made by the same code from the same report, so the file and the
 * command never disagree. Undefined for a design without a plan.
 */
export function runbookExport(design: Design): { markdown: string; csv: string } | undefined {
  if ((design.migration?.steps.length ?? 0) === 0) return undefined;
  const states = designReport(design).runbook!;
  return {
    markdown: `${[`# ${design.meta.name}`, '', ...runbookMarkdown(states)].join('\n')}\n`,
    csv: tableCsv(runbookTable(states)),
  };
}
