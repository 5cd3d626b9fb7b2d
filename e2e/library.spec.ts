import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseDesign } from '../shared/format/parseDesign';
import { DesignBuilder } from '../shared/testing/designBuilder';
import { dropFromPalette, newDesign, openFile, snapshot } from './support/appActions';
import { writeFixture } from './support/sampleDesigns';

test('unsaved changes are never dropped silently', async ({ page }) => {
  await page.goto('/');
  await newDesign(page, 'Alpha');
  await dropFromPalette(page, 'site:central', undefined, { x: 60, y: 40 });
  await expect(page.getByTestId('site-node')).toHaveCount(1);
  await expect(page.getByTestId('dirty')).toBeVisible();

  // New with unsaved changes asks first; Cancel keeps everything.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const prompt = page.getByRole('dialog');
  await expect(prompt).toContainText('Save the changes to “Alpha” before starting a new design?');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Alpha');
  await expect(page.getByTestId('site-node')).toHaveCount(1);

  // Don't save discards them, on purpose.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Don’t save' }).click();
  await page.getByLabel('Design name').fill('Beta');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Beta');
  await expect(page.getByTestId('site-node')).toHaveCount(0);
});

test('an autosaved draft survives an unclean reload and can be restored', async ({ page }) => {
  await page.goto('/');
  await newDesign(page, 'Gamma');
  await dropFromPalette(page, 'site:central', undefined, { x: 60, y: 40 });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);

  await dropFromPalette(page, 'pool:edge', page.getByTestId('site-node'), { x: 60, y: 90 });
  await expect(page.getByTestId('pool-node')).toHaveCount(1);
  await expect(page.getByTestId('autosave-status')).toContainText('Draft autosaved');

  // Leaving with unsaved changes asks (beforeunload); the user leaves anyway.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);

  const row = page.getByTestId('library-row').filter({ hasText: 'Gamma' });
  await expect(row).toContainText('unsaved changes');
  await row.getByRole('button', { name: 'Open' }).click();
  const recover = page.getByRole('dialog');
  await expect(recover).toContainText('Recover unsaved changes?');
  await recover.getByRole('button', { name: 'Restore changes' }).click();
  await expect(page.getByTestId('pool-node')).toHaveCount(1);
  await expect(page.getByTestId('dirty')).toBeVisible();
});

test('the library renames, duplicates and deletes designs', async ({ page }) => {
  await page.goto('/');
  await newDesign(page, 'Delta');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  const row = (name: string) =>
    library.getByTestId('library-row').filter({ has: page.getByRole('button', { name, exact: true }) });

  await row('Delta').getByRole('button', { name: 'Rename' }).click();
  const renameDialog = page.getByRole('dialog', { name: 'Rename design' });
  await renameDialog.getByLabel('Design name').fill('Delta EMEA');
  await renameDialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(row('Delta EMEA')).toBeVisible();
  await expect(page.getByTestId('design-name')).toHaveText('Delta EMEA');
  await expect(page.getByTestId('dirty')).toHaveCount(0);

  await row('Delta EMEA').getByRole('button', { name: 'Duplicate' }).click();
  await expect(row('Delta EMEA (copy)')).toBeVisible();

  await row('Delta EMEA (copy)').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete design' }).getByRole('button', { name: 'Delete' }).click();
  await expect(row('Delta EMEA (copy)')).toHaveCount(0);
  await expect(row('Delta EMEA')).toBeVisible();
});

test('a design reopened from the library saves back to its file, and the title bar says where Save writes', async ({
  page,
}) => {
  const b = new DesignBuilder('Epsilon');
  b.design.meta.id = randomUUID();
  b.site('Dallas');
  const path = writeFixture(b.design, 'epsilon');
  const sitesInFile = () => {
    const parsed = parseDesign(readFileSync(path, 'utf8'));
    return parsed.ok ? parsed.design.sites.map((site) => site.name) : [];
  };
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('design-name')).toHaveText('Epsilon');
  await expect(page).toHaveTitle(`Epsilon — ${path} — lyncplan`);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page).toHaveTitle('lyncplan');

  // Reopened from the library: the file is still what Save writes, beside a new revision.
  await page.getByRole('button', { name: 'Library' }).click();
  const row = page
    .getByRole('dialog', { name: 'Library' })
    .getByTestId('library-row')
    .filter({ has: page.getByRole('button', { name: 'Epsilon', exact: true }) });
  await expect(row).toContainText(path);
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('design-origin')).toHaveText(path);
  await expect(page).toHaveTitle(`Epsilon — ${path} — lyncplan`);
  await dropFromPalette(page, 'site:central', undefined, { x: 60, y: 420 });
  await expect(page).toHaveTitle(`Epsilon • — ${path} — lyncplan`);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await expect.poll(sitesInFile).toEqual(['Dallas', 'Central site 2']);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(row.getByTestId('library-revisions')).toHaveText('2');
  await snapshot(page, 'library-file-path');
  await page.getByRole('dialog', { name: 'Library' }).getByRole('button', { name: 'Close' }).click();

  // A design kept only in the library says so.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await newDesign(page, 'Zeta');
  await expect(page).toHaveTitle('Zeta • — library only — lyncplan');
});

test('Escape closes the library; saved revisions are listed, previewed read-only and restored without losing work', async ({
  page,
}) => {
  await page.goto('/');
  await newDesign(page, 'Eta');
  const sites = page.getByTestId('site-node');
  await dropFromPalette(page, 'site:central', undefined, { x: 60, y: 40 });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await dropFromPalette(page, 'site:branch', undefined, { x: 60, y: 440 });
  await expect(sites).toHaveCount(2);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  // Work not saved yet: a third site.
  await dropFromPalette(page, 'site:branch', undefined, { x: 560, y: 440 });
  await expect(sites).toHaveCount(3);

  // Escape closes the library, wherever the focus is.
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await expect(library).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(library).toHaveCount(0);

  await page.getByRole('button', { name: 'Library' }).click();
  const row = library
    .getByTestId('library-row')
    .filter({ has: page.getByRole('button', { name: 'Eta', exact: true }) });
  await row.getByRole('button', { name: 'Revisions' }).click();
  const revisions = library.getByTestId('revision-row');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first().locator('td').first()).toHaveText('2');
  await expect(revisions.first()).toContainText('Eta');
  await expect(revisions.first()).toContainText(/\d+(\.\d)? (B|KB)/);
  await snapshot(page, 'library-revisions');

  // Preview is read-only: the revision's name, what it holds and its diagram; the open design is untouched.
  await revisions.last().getByRole('button', { name: 'Preview' }).click();
  const preview = library.getByTestId('revision-preview');
  await expect(preview.getByTestId('revision-preview-name')).toHaveText('Eta');
  await expect(preview.getByTestId('revision-count').filter({ hasText: 'Sites' })).toContainText('1');
  await expect(preview.getByTestId('diagram-svg')).toBeVisible();
  await snapshot(page, 'library-revision-preview');
  await expect(sites).toHaveCount(3);
  // Escape goes back from the preview to the list, then closes.
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(revisions).toHaveCount(2);

  // Restoring asks about the unsaved work first; Cancel keeps everything.
  await revisions.last().getByRole('button', { name: 'Restore' }).click();
  const prompt = page.getByRole('dialog', { name: 'Unsaved changes' });
  await expect(prompt).toContainText('Save the changes to “Eta” before restoring revision 1?');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(sites).toHaveCount(3);
  await expect(library).toBeVisible();

  // Restored over the open design, it is one undo step: Ctrl+Z brings back what was open, unsaved site included.
  await revisions.last().getByRole('button', { name: 'Restore' }).click();
  await prompt.getByRole('button', { name: 'Don’t save' }).click();
  await expect(library).toHaveCount(0);
  await expect(sites).toHaveCount(1);
  await expect(page.getByTestId('dirty')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(sites).toHaveCount(3);
  await page.keyboard.press('Control+Shift+z');
  await expect(sites).toHaveCount(1);
  // Saving it makes a new revision; the old ones stay.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(row.getByTestId('library-revisions')).toHaveText('3');

  // A revision of a design that is not open opens as unsaved changes over its newest save.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByRole('button', { name: 'Library' }).click();
  await row.getByRole('button', { name: 'Revisions' }).click();
  await expect(revisions).toHaveCount(3);
  await revisions.nth(1).getByRole('button', { name: 'Restore' }).click();
  await expect(sites).toHaveCount(2);
  await expect(page.getByTestId('design-name')).toHaveText('Eta');
  await expect(page.getByTestId('dirty')).toBeVisible();
});
