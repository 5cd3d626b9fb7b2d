import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { snapshot } from './support/appActions';
import { e2eFolder } from './support/filesFolder';

const out = e2eFolder('lyncplan-runbook-');
const SAMPLE = 'Fabrikam: Lync Server 2010 to 2013 migration';
const SAMPLE_FILE = join(process.cwd(), 'samples', 'fabrikam-2010-migration.lyncplan');
/** The CLI the build writes (`npm run build`), run on the committed sample: the report the exports must agree with. */
const report = (format: 'md' | 'csv') =>
  execFileSync('node', ['dist/cli/lyncplan.cjs', 'report', SAMPLE_FILE, '--format', format], { encoding: 'utf8' });

async function openSampleFromStartScreen(page: Page) {
  await page.goto('/');
  const samples = page.getByTestId('sample-list');
  await expect(samples).toContainText(SAMPLE);
  await expect(samples).toContainText('Fabrikam: Lync Server 2010 to 2013 migration, with mistakes');
  await snapshot(page, 'runbook-0-start-screen');
  await samples
    .getByRole('button', { name: new RegExp(`^${SAMPLE}\\b`) })
    .first()
    .click();
  await expect(page.getByTestId('pool-node').first()).toBeVisible();
}

test('the start screen opens the sample as a new unsaved design', async ({ page }) => {
  // The library is the web host's, shared with other specs: count what this test adds to it.
  await page.goto('/');
  const saved = page.getByTestId('library-row').filter({ hasText: SAMPLE }).filter({ hasNotText: 'mistakes' });
  await expect(page.getByText('Reading the library…')).toHaveCount(0);
  const before = await saved.count();
  await openSampleFromStartScreen(page);
  // Unsaved, with no file behind it: the sample on disk is never written.
  await expect(page).toHaveTitle(`${SAMPLE} • — library only — lyncplan`);
  await expect(page.getByTestId('dirty')).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: 'as a new design' })).toBeVisible();
  await expect(page.getByTestId('pool-node').filter({ hasText: 'pool2010-dal.fabrikam.com' }).first()).toBeVisible();
  // Save keeps it in the library as a design of its own, as a new design is saved; a second open is another one.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast').filter({ hasText: `Saved “${SAMPLE}” to the library` })).toBeVisible();
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('sample-list').getByRole('button').first().click();
  await expect(page.getByTestId('dirty')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(saved).toHaveCount(before + 2);
});

/** What goes past the printed area of a runbook page, or past its width: none, or the page and its first words. */
const cutRunbookPages = (page: Page) =>
  page.locator('[data-runbook-state] .print-area').evaluateAll((areas) =>
    areas.flatMap((area, i) => {
      const bottom = area.getBoundingClientRect().bottom + 0.5;
      const cut = [...area.querySelectorAll('.runbook-line, .runbook-heading, .runbook-title')].filter(
        (element) => element.getBoundingClientRect().bottom > bottom || element.scrollWidth > element.clientWidth + 1,
      );
      const side = [...area.querySelectorAll('.runbook-side')].filter((s) => s.scrollHeight > s.clientHeight + 1);
      // The title block at the page's foot holds its lines too.
      const block = area.parentElement!.querySelector('[data-testid="title-block"]')!;
      const foot = block.getBoundingClientRect().bottom + 0.5;
      const footCut = [...block.querySelectorAll('strong, span')].filter(
        (e) => e.getBoundingClientRect().bottom > foot,
      );
      return [...cut, ...side, ...footCut].map(
        (element) => `runbook page ${i + 1}: ${element.textContent?.slice(0, 80)}`,
      );
    }),
  );

/** The browser's print of the preview route, as Print does in a browser (and Export PDF in the desktop app). */
async function printToPdf(page: Page, name: string): Promise<string> {
  const path = join(out, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '40', path, join('test-results', 'screens', `runbook-pdf-${name}`)]);
  return path;
}

test('the print preview prints the runbook: a page or more per step, nothing cut, in the PDF too', async ({ page }) => {
  const sample = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as {
    migration: { steps: Array<{ id: string; name: string }> };
  };
  const steps = sample.migration.steps;
  await openSampleFromStartScreen(page);
  await page.getByTestId('print-preview-button').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await expect(page.getByLabel(/Migration runbook/)).toBeChecked();

  // Step 1's page: its title, its actions in words, a procedure of phase 3 with its page, its changes beside the diagram.
  const step1 = page.locator('[data-runbook-state="dal-3-pilot-pool"]').first();
  await expect(step1.getByTestId('runbook-title')).toHaveText('Step 1 — Deploy the Dallas 2013 pilot pool');
  await expect(step1).toContainText(
    'Deploy Front End pool pool2013-dal.fabrikam.com (5 servers) with Back End SQL store sql2013-dal.fabrikam.com',
  );
  await expect(step1.getByRole('link', { name: 'Deploy Lync Server 2013 pilot pool', exact: true })).toHaveAttribute(
    'href',
    'https://technet.microsoft.com/en-us/library/JJ205144(v=OCS.15)',
  );
  await expect(step1.getByTestId('runbook-changes')).toContainText('+ pool2013-dal (5 FE)');
  await expect(step1.getByTestId('diagram-svg')).toContainText('pool2013-dal.fabrikam.com');
  await expect(step1.getByTestId('title-state')).toHaveText('Runbook, step 1');
  await step1.scrollIntoViewIfNeeded();
  await snapshot(page, 'runbook-1-preview');

  // Every state has its pages, in plan order, each page numbered of the whole printout.
  const states = await page
    .locator('[data-runbook-state]')
    .evaluateAll((pages) => pages.map((sheet) => sheet.getAttribute('data-runbook-state')));
  expect([...new Set(states)]).toEqual(['start', ...steps.map((step) => step.id)]);
  const sheets = page.getByTestId('print-page');
  const total = await sheets.count();
  expect(total).toBeGreaterThan(steps.length + 1);
  for (let i = 0; i < total; i++)
    await expect(sheets.nth(i).getByTestId('page-number')).toHaveText(`Page ${i + 1} of ${total}`);
  // Nothing is cut: every runbook page's content ends inside its printed area, and no line is wider than it.
  expect(await cutRunbookPages(page)).toEqual([]);
  // A step that does not fit one page goes on with its title repeated.
  const continued = page.getByTestId('runbook-title').filter({ hasText: '(continued)' });
  expect(await continued.count()).toBeGreaterThan(0);

  const pdf = await printToPdf(page, 'fabrikam');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(total);
  const pagesText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, total);
  pagesText.forEach((text, i) => {
    // No blank page: each has its title block, with its number, and the design's name.
    expect(text).toContain(`Page ${i + 1} of ${total}`);
    expect(text).toContain('Fabrikam: Lync Server 2010');
  });
  // Each runbook page's title block names its state.
  const states2 = await page
    .locator('[data-runbook-state]')
    .evaluateAll((sheets) => sheets.map((sheet) => sheet.querySelector('[data-testid="title-state"]')?.textContent));
  const firstRunbook = total - states2.length;
  states2.forEach((label, i) => {
    expect(label).toMatch(/^Runbook, (start|step \d+)$/);
    expect(pagesText[firstRunbook + i]).toContain(label!);
  });
  const all = pagesText.join('\n').replace(/\s+/g, ' ');
  for (const [k, step] of steps.entries()) expect(all).toContain(`Step ${k + 1} — ${step.name}`);
  expect(all).toContain('Deploy Lync Server 2013 pilot pool');
});

test('Export writes the runbook as Markdown and CSV, the same as lyncplan report gives it', async ({ page }) => {
  await openSampleFromStartScreen(page);
  const exportAs = async (what: string, file: string) => {
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByLabel(what).check();
    await dialog.getByLabel('File path').fill(join(out, file));
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: `Exported ${join(out, file)}` })).toBeVisible();
    return readFileSync(join(out, file), 'utf8');
  };
  const markdown = await exportAs('Markdown: migration runbook', 'runbook.md');
  const [heading, , ...section] = markdown.split('\n');
  expect(heading).toBe(`# ${SAMPLE}`);
  expect(section[0]).toBe('## Migration runbook');
  expect(markdown).toContain('### Step 1 — Deploy the Dallas 2013 pilot pool');
  expect(markdown).toContain('**Changes:** + pool2013-dal (5 FE)');
  expect(report('md')).toContain(section.join('\n'));

  const csv = await exportAs('CSV: migration runbook', 'runbook.csv');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe(
    'State,Id,Phase,Item,Text,Severity,Rule,Holds in,Site,Users,Servers,Servers needed,Capacity (users),Load %,Source,Source title,Source URL',
  );
  const cli = report('csv').trimEnd().split('\r\n');
  expect(cli).toContain(`Section,${header}`);
  for (const row of rows) expect(cli).toContain(`Migration runbook,${row}`);
  expect(rows.filter((row) => row.includes(',action,')).length).toBeGreaterThan(23);
});

test('the runbook of the mistakes sample prints its findings at the step where they hold, nothing cut', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByTestId('sample-list')
    .getByRole('button', { name: /with mistakes/ })
    .click();
  await page.getByTestId('print-preview-button').click();
  await page.getByLabel('Paper').selectOption('A4');
  await page.getByLabel('Portrait').check();
  const errors = page.locator('[data-runbook-state] .runbook-error');
  expect(await errors.count()).toBeGreaterThan(0);
  await expect(errors.filter({ hasText: /^Error MIG-/ }).first()).toBeVisible();
  expect(await cutRunbookPages(page)).toEqual([]);
  await errors.first().scrollIntoViewIfNeeded();
  await snapshot(page, 'runbook-2-mistakes-portrait');
});
