import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { snapshot } from './support/appActions';

const out = mkdtempSync(join(tmpdir(), 'lyncplan-runbook-'));
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
  await openSampleFromStartScreen(page);
  await expect(page).toHaveTitle(/Fabrikam: Lync Server 2010 to 2013 migration/);
  await expect(page.getByTestId('toast').filter({ hasText: 'as a new design' })).toBeVisible();
});

test('the print preview prints the runbook: a page or more per step, in the PDF too', async ({ page }) => {
  await openSampleFromStartScreen(page);
  await page.getByTestId('print-preview-button').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  const option = page.getByLabel(/Migration runbook/);
  await expect(option).toBeChecked();
  const runbookPages = page.locator('[data-runbook-state]');
  await expect(runbookPages.first()).toBeVisible();
  const step1 = page.locator('[data-runbook-state="dal-3-pilot-pool"]').first();
  await step1.scrollIntoViewIfNeeded();
  await snapshot(page, 'runbook-1-preview');
});
