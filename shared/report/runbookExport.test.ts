import { describe, expect, it } from 'vitest';
import { createDesign } from '../commands/createDesign';
import { smallMigration } from '../testing/smallMigration';
import { designReport } from './designReport';
import { reportCsv, reportMarkdown } from './formatReport';
import { runbookExport } from './runbookExport';

describe('the runbook as its own files', () => {
  it("is the runbook section of lyncplan report's Markdown, under the design's name", () => {
    const { design } = smallMigration();
    const files = runbookExport(design)!;
    const [heading, , ...section] = files.markdown.split('\n');
    expect(heading).toBe(`# ${design.meta.name}`);
    expect(section[0]).toBe('## Migration runbook');
    expect(reportMarkdown(designReport(design))).toContain(section.join('\n'));
    expect(files.markdown).toContain('### Step 3 — Move the remaining users');
    expect(files.markdown).toContain('**Changes:** 2,000 users moved from pool2010 to pool2013.');
  });

  it("is the runbook block of lyncplan report's CSV, without its Section column", () => {
    const { design } = smallMigration();
    const [header, ...rows] = runbookExport(design)!.csv.trimEnd().split('\r\n');
    const report = reportCsv(designReport(design)).split('\r\n');
    expect(report).toContain(`Section,${header}`);
    for (const row of rows) expect(report).toContain(`Migration runbook,${row}`);
    expect(rows).toContain(
      'step 3 — Move the remaining users,st3,6,change,"2,000 users moved from pool2010 to pool2013",,,,,,,,,,,,',
    );
  });

  it('is nothing for a design without a plan', () => {
    expect(runbookExport(createDesign({ id: 'd', name: 'x', now: '2026-01-01T00:00:00.000Z' }))).toBeUndefined();
  });
});
