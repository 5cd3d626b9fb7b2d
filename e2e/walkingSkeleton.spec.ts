import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  answerPathDialog,
  drawOverfullPoolAndFixIt,
  dropFromPalette,
  findingsOf,
  newDesign,
  openFile,
  saveAs,
  snapshot,
} from './support/appActions';
import { e2eFolder } from './support/filesFolder';

/**
 * The first scenario a planner runs (issue 2): draw a Front End pool past its limit, see the warning come and
 * go, add a branch whose link cannot carry its calls, keep the design in the library and in a file, and
 * survive a broken file.
 */
test('draw, validate, save, reopen and survive a broken file', async ({ page }) => {
  // The web host reads and writes files only in its files folder.
  const folder = e2eFolder('walking-skeleton-');
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New design' })).toBeVisible();
  await newDesign(page, 'Contoso Dallas');

  // A central site, an Enterprise Front End pool, and 13 servers dragged into it: an error, gone at 12.
  await drawOverfullPoolAndFixIt(page);
  const central = page.getByTestId('site-node').first();
  await expect(central).toBeVisible();

  // A branch site, added by a click on the palette (it goes beside the central site), then the whole design in view.
  await page.locator('[data-palette="site:branch"]').click();
  await page.locator('.react-flow__controls-fitview').click();
  const branch = page.getByTestId('site-node').filter({ hasText: 'Branch site 1' });
  await expect(branch).toBeVisible();
  await dropFromPalette(page, 'userGroup', branch, { x: 60, y: 90 });
  const group = page.getByTestId('user-group-node');
  await expect(group).toContainText('on pool01.contoso.com');

  // A negative count is refused in the field, with the reason, and never reaches the design.
  const users = page.getByLabel('Users', { exact: true });
  await users.fill('-5');
  await expect(page.getByRole('alert')).toHaveText('A user count cannot be negative');
  await expect(group).toContainText('100 users');
  await users.fill('2000');
  await expect(group).toContainText('2,000 users');

  await branch.locator('.site-header').click({ position: { x: 60, y: 20 } });
  await page.getByLabel('Link to site').selectOption({ label: 'Central site 1' });
  await page.getByRole('button', { name: 'Add link' }).click();
  const capacity = page.getByLabel('Capacity (per direction)');
  await capacity.fill('0');
  await expect(page.getByRole('alert')).toHaveText('A link capacity must be above 0 kbps');
  await capacity.fill('1024');
  await expect(page.getByTestId('link-label')).toContainText('/ 1,024 kbps');

  // 2,000 users: 100 conference sessions x 100.6 = 10,060 kbps each way; no gateway, so no PSTN call is counted.
  await expect(findingsOf(page, 'BW-LINK-CAPACITY')).toContainText(
    'needs 10,060 kbps each way; the link carries 1,024 kbps. Add capacity or lower the traffic.',
  );
  await expect(findingsOf(page, 'BW-LINK-RTC-SHARE')).toHaveCount(1);
  await expect(page.getByTestId('link-label')).toHaveAttribute('data-load', 'over');
  await page.keyboard.press('Escape');
  await snapshot(page, '2-branch-link-over-capacity');

  // Save to the library, then to a file.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast').filter({ hasText: 'Saved “Contoso Dallas” to the library' })).toBeVisible();
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  const first = join(folder, 'contoso.lyncplan');
  await saveAs(page, first);
  const saved = readFileSync(first, 'utf8');
  expect(JSON.parse(saved)).toMatchObject({ format: 'lyncplan', formatVersion: 2, meta: { name: 'Contoso Dallas' } });

  // Reload the page and reopen from the library: the same design, to the byte.
  await page.reload();
  await expect(page.getByTestId('library-row').filter({ hasText: 'Contoso Dallas' })).toBeVisible();
  await snapshot(page, '3-start-screen-library');
  await page
    .getByTestId('library-row')
    .filter({ hasText: 'Contoso Dallas' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(page.getByTestId('server-node')).toHaveCount(12);
  await expect(findingsOf(page, 'BW-LINK-CAPACITY')).toHaveCount(1);
  const fromLibrary = join(folder, 'from-library.lyncplan');
  await saveAs(page, fromLibrary);
  expect(readFileSync(fromLibrary, 'utf8')).toBe(saved);

  // Open the .lyncplan file again: identical.
  await openFile(page, first);
  await expect(page.getByTestId('toast').filter({ hasText: `Opened ${first}` })).toBeVisible();
  const reopened = join(folder, 'reopened.lyncplan');
  await saveAs(page, reopened);
  expect(readFileSync(reopened, 'utf8')).toBe(saved);

  // A corrupt file: a clear message naming the place, and the open design untouched.
  const corrupt = join(folder, 'corrupt.lyncplan');
  writeFileSync(corrupt, saved.slice(0, 300));
  await page.getByRole('button', { name: 'Open…' }).click();
  await answerPathDialog(page, corrupt, 'Open');
  const message = page.getByTestId('dialog-message');
  await expect(page.getByRole('dialog')).toContainText('Could not open corrupt.lyncplan');
  await expect(message).toContainText(/The file is not valid JSON at line \d+, column \d+/);
  await snapshot(page, '4-corrupt-file');
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Contoso Dallas');
  await expect(page.getByTestId('server-node')).toHaveCount(12);
  await expect(findingsOf(page, 'BW-LINK-CAPACITY')).toHaveCount(1);

  // A Topology Builder file is named for what it is, not "Unexpected token '<'".
  const tbxml = join(folder, 'contoso.tbxml');
  writeFileSync(
    tbxml,
    '<?xml version="1.0" encoding="utf-8"?>\n<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008" />\n',
  );
  await page.getByRole('button', { name: 'Open…' }).click();
  await answerPathDialog(page, tbxml, 'Open');
  await expect(page.getByRole('dialog')).toContainText('Could not open contoso.tbxml');
  await expect(message).toHaveText(
    'This is a Topology Builder file (.tbxml), not a lyncplan design. Importing Topology Builder topologies is on its way; until then, draw the topology in lyncplan or open a .lyncplan file.',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('server-node')).toHaveCount(12);

  expect(consoleErrors).toEqual([]);
});
