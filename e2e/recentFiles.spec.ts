import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DesignBuilder } from '../shared/testing/designBuilder';
import { openFile, snapshot } from './support/appActions';
import { writeFixture } from './support/sampleDesigns';

/** Opens a file through Open… and goes back to the start screen, where the recent files are listed. */
async function openAndClose(page: import('@playwright/test').Page, path: string, name: string) {
  await openFile(page, path);
  await expect(page.getByTestId('design-name')).toHaveText(name);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('button', { name: 'New design' })).toBeVisible();
}

test('the start screen marks a recent file that has gone from the disk, and takes it off the list when asked', async ({
  page,
}) => {
  const kept = writeFixture(new DesignBuilder('Kept plan').design, 'kept-plan');
  const gone = writeFixture(new DesignBuilder('Gone plan').design, 'gone-plan');
  await page.goto('/');
  await openAndClose(page, gone, 'Gone plan');
  await openAndClose(page, kept, 'Kept plan');

  const row = (name: string) => page.getByTestId('recent-file').filter({ hasText: name });
  await expect(row('Gone plan')).toBeVisible();
  await expect(page.getByTestId('recent-missing')).toHaveCount(0);

  // The file is deleted behind the app's back; the list is read again on the next start.
  rmSync(gone);
  await page.reload();
  await expect(row('Gone plan').getByTestId('recent-missing')).toHaveText('not found');
  await expect(row('Kept plan').getByTestId('recent-missing')).toHaveCount(0);
  await expect(row('Gone plan')).toContainText(gone);
  await snapshot(page, 'recent-files-gone');

  // Opening it says it has gone and offers to remove it; keeping it leaves it marked.
  await row('Gone plan').getByRole('button', { name: 'Gone plan' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`“Gone plan” is no longer at ${gone}.`);
  await snapshot(page, 'recent-files-gone-dialog');
  await dialog.getByRole('button', { name: 'Keep in list' }).click();
  await expect(row('Gone plan').getByTestId('recent-missing')).toBeVisible();

  await row('Gone plan').getByRole('button', { name: 'Gone plan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from list' }).click();
  await expect(row('Gone plan')).toHaveCount(0);
  await expect(row('Kept plan')).toBeVisible();
  await page.reload();
  await expect(row('Kept plan')).toBeVisible();
  await expect(row('Gone plan')).toHaveCount(0);

  // The file that is still there opens as before.
  await row('Kept plan').getByRole('button', { name: 'Kept plan' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Kept plan');
});

test('a library design saved to a long path stays inside the start screen’s card, its path cut short', async ({
  page,
}) => {
  const path = writeFixture(new DesignBuilder('Long path plan').design, 'an-estate-with-a-long-file-name-'.repeat(4));
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('design-name')).toHaveText('Long path plan');
  // Saving keeps a revision in the library, listed with the file it writes.
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/^Saved/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  const table = page.getByTestId('library-table');
  const row = table.locator('tr').filter({ hasText: 'Long path plan' });
  await expect(row).toBeVisible();
  const card = (await page.locator('.start-card').boundingBox())!;
  const tableBox = (await table.boundingBox())!;
  const remove = (await row.getByRole('button', { name: 'Delete' }).boundingBox())!;
  expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(card.x + card.width);
  expect(remove.x + remove.width).toBeLessThanOrEqual(card.x + card.width);
  // The path is cut short with an ellipsis instead of widening the table.
  const file = row.locator('.library-file');
  expect(await file.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  // In the recent files the name keeps one line; the path gives way.
  const recent = page.getByTestId('recent-file').filter({ hasText: 'Long path plan' });
  const nameBox = (await recent.getByRole('button', { name: 'Long path plan' }).boundingBox())!;
  expect(nameBox.height).toBeLessThan(30);
  await snapshot(page, 'library-long-path');
});
