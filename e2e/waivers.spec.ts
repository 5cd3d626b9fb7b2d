import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { dropFromPalette, findingsOf, openFile, saveAs, snapshot } from './support/appActions';
import { e2eFolder } from './support/filesFolder';
import { waiverFixture } from './support/sampleDesigns';

const RULE = 'CAP-FE-MAX-SERVERS';
const REASON = 'Single pool by design, approved by change board 2026-11';
const waived = (page: Page) => page.locator(`[data-testid="waived-finding"][data-rule="${RULE}"]`);
const stale = (page: Page) => page.locator(`[data-testid="stale-waiver"][data-rule="${RULE}"]`);
const waivedSection = (page: Page) => page.getByRole('region', { name: 'Waived' });
const pool = (page: Page) => page.getByTestId('pool-node').filter({ hasText: 'pool01.contoso.com' });

/** The findings panel scrolled to its Waived section, for a person to look at. */
async function panelSnapshot(page: Page, name: string) {
  await expect(page.getByTestId('toast')).toHaveCount(0, { timeout: 8_000 });
  await waivedSection(page).scrollIntoViewIfNeeded();
  await page.getByTestId('findings').screenshot({ path: `test-results/screens/${name}.png` });
}

async function openWaiverFixture(page: Page, path = waiverFixture()) {
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('design-name')).toHaveText('Waiver fixture');
  await expect(page.getByTestId('server-node')).toHaveCount(16);
}

test('a finding waived with a reason moves to Waived and stops counting; it comes back when its value changes', async ({
  page,
}) => {
  await openWaiverFixture(page);
  await expect(findingsOf(page, RULE)).toHaveCount(1);
  await expect(page.getByTestId('count-error')).toHaveText('1');
  await expect(pool(page).locator('.finding-badge')).toHaveAttribute('data-severity', 'error');

  // The source is the page's title, linking to its public page in a new tab (the web host's way).
  const source = page.locator('.finding-row', { has: findingsOf(page, RULE) }).getByTestId('source-link');
  await expect(source).toHaveText('Capacity planning using the user models');
  await expect(source).toHaveAttribute('href', 'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');

  // Waive…: the dialog asks why, with the design's author filled in; an empty reason is refused in the dialog.
  await page.getByRole('button', { name: `Waive ${RULE}` }).click();
  const dialog = page.getByTestId('waive-dialog');
  await expect(dialog).toContainText('has 13 servers; a pool holds at most 12.');
  await expect(dialog.getByLabel('Author')).toHaveValue('J. Planner');
  await dialog.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the reason this finding is accepted');
  await dialog.getByLabel('Reason').fill(REASON);
  await snapshot(page, 'waivers-1-dialog');
  await dialog.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // The finding is in "Waived (1)" with its reason, author and date, and no longer an error anywhere.
  await expect(findingsOf(page, RULE)).toHaveCount(0);
  await expect(waivedSection(page).getByRole('heading')).toHaveText('Waived (1)');
  await expect(waived(page)).toContainText(REASON);
  await expect(waived(page)).toContainText(`J. Planner, ${new Date().toISOString().slice(0, 10)}`);
  await expect(page.getByTestId('count-error')).toHaveText('0');
  await expect(page.getByTestId('count-waived')).toHaveText('1 waived');
  await expect(pool(page).locator('.finding-badge')).not.toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('dirty')).toBeVisible();
  await snapshot(page, 'waivers-2-waived');
  await panelSnapshot(page, 'waivers-2-panel');

  // A fourteenth server changes what the rule compares: the finding counts again and the waiver no longer matches.
  await dropFromPalette(page, 'server', pool(page), { x: 60, y: 30 });
  await expect(page.getByTestId('server-node')).toHaveCount(17);
  await expect(findingsOf(page, RULE)).toContainText('has 14 servers');
  await expect(page.getByTestId('count-error')).toHaveText('1');
  await expect(waivedSection(page).getByRole('heading', { level: 3 })).toHaveText('Waived (0)');
  await expect(stale(page)).toContainText('No longer matches: waived at 13, the rule now finds 14');
  await expect(stale(page)).toContainText(REASON);
  await expect(page.getByTestId('finding-stale-waiver')).toContainText('Waived at 13 by J. Planner');
  await snapshot(page, 'waivers-3-stale');
  await panelSnapshot(page, 'waivers-3-panel');

  // Undo takes the server back, and the waiver matches again; undo again takes the waiver back.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('server-node')).toHaveCount(16);
  await expect(waived(page)).toHaveCount(1);
  await expect(page.getByTestId('count-error')).toHaveText('0');
  await page.keyboard.press('Control+z');
  await expect(waived(page)).toHaveCount(0);
  await expect(waivedSection(page)).toHaveCount(0);
  await expect(findingsOf(page, RULE)).toHaveCount(1);
  await expect(page.getByTestId('count-error')).toHaveText('1');
  await page.keyboard.press('Control+Shift+z');
  await expect(waived(page)).toHaveCount(1);
});

test('a waiver is kept in the file and across a reload; Restore makes the finding count again, as one undo step', async ({
  page,
}) => {
  await openWaiverFixture(page);
  await page.getByRole('button', { name: `Waive ${RULE}` }).click();
  const dialog = page.getByTestId('waive-dialog');
  await dialog.getByLabel('Reason').fill(REASON);
  await dialog.getByLabel('Author').fill('A. Architect');
  await dialog.getByLabel('Author').press('Enter');
  await expect(waived(page)).toContainText('A. Architect');

  const path = join(e2eFolder('lyncplan-waivers-'), 'waived.lyncplan');
  await saveAs(page, path);
  await page.reload();
  await openWaiverFixture(page, path);
  await expect(waived(page)).toContainText(REASON);
  await expect(waived(page)).toContainText('A. Architect');
  await expect(page.getByTestId('count-error')).toHaveText('0');

  // The next waiver starts with the author last used.
  await page.getByRole('button', { name: 'Waive TB-OWAS-FOR-CONFERENCING' }).click();
  await expect(page.getByTestId('waive-dialog').getByLabel('Author')).toHaveValue('A. Architect');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('waive-dialog')).toHaveCount(0);

  await page.getByRole('button', { name: `Restore ${RULE}` }).click();
  await expect(waived(page)).toHaveCount(0);
  await expect(findingsOf(page, RULE)).toHaveCount(1);
  await expect(page.getByTestId('count-error')).toHaveText('1');
  await page.keyboard.press('Control+z');
  await expect(waived(page)).toHaveCount(1);
  await expect(page.getByTestId('count-error')).toHaveText('0');
  await snapshot(page, 'waivers-4-reopened');
});

test("the printed findings pages list the waived finding apart, with its reason, and sources by their pages' titles", async ({
  page,
}) => {
  await openWaiverFixture(page);
  await page.getByRole('button', { name: `Waive ${RULE}` }).click();
  const dialog = page.getByTestId('waive-dialog');
  await dialog.getByLabel('Reason').fill(REASON);
  await dialog.getByRole('button', { name: 'Waive', exact: true }).click();
  await expect(waived(page)).toHaveCount(1);

  await page.getByTestId('print-preview-button').click();
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await page.getByLabel('Findings, by severity, with sources').check();
  const findingsPage = page.locator('.print-report-page', { hasText: 'Findings' }).first();
  await expect(findingsPage).toContainText('TB-OWAS-FOR-CONFERENCING');
  await expect(findingsPage).not.toContainText(RULE);
  const waivedPage = page.locator('.print-report-page', { hasText: 'Waived findings' });
  await expect(waivedPage).toContainText(RULE);
  await expect(waivedPage).toContainText(REASON);
  await expect(waivedPage).toContainText('J. Planner');
  await expect(waivedPage.getByTestId('source-link')).toHaveText('Capacity planning using the user models');
  await waivedPage.scrollIntoViewIfNeeded();
  await snapshot(page, 'waivers-5-printed');
});
