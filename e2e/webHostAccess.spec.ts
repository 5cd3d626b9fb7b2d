import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { answerPathDialog, newDesign, snapshot } from './support/appActions';
import { e2eFilesDir } from './support/filesFolder';

/** Issue 14: the web host serves only the browser that opened the address it printed, and only its files folder. */

const loginUrl = () => {
  const url = process.env.LYNCPLAN_E2E_LOGIN_URL;
  if (!url) throw new Error('LYNCPLAN_E2E_LOGIN_URL is not set; e2e/support/globalSetup.ts sets it.');
  return url;
};

test('the page without the token is refused; with ?token= it loads and the address bar has no token', async ({
  browser,
  baseURL,
}) => {
  const token = new URL(loginUrl()).searchParams.get('token')!;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();

  const refused = await page.goto('/');
  expect(refused!.status()).toBe(403);
  await expect(page.locator('body')).toContainText('only serves the browser that opened the address it printed');
  expect(await page.content()).not.toContain(token);
  await snapshot(page, 'web-host-refused');

  await page.goto(loginUrl());
  await expect(page.getByRole('button', { name: 'New design' })).toBeVisible();
  expect(page.url()).toBe(baseURL);
  // The cookie is HttpOnly: no script on the page can read the secret.
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.content()).not.toContain(token);
  await snapshot(page, 'web-host-signed-in');
  await context.close();
});

test('Save As in the browser names the files folder, refuses a path outside it and saves a bare name there', async ({
  page,
}) => {
  const folder = e2eFilesDir();
  await page.goto('/');
  await newDesign(page, 'Folder check');
  await page.getByRole('button', { name: 'Save As…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`lyncplan in a browser keeps its files in ${folder}`);
  await expect(dialog.getByLabel('File path')).toHaveValue(join(folder, 'Folder check.lyncplan'));
  await snapshot(page, 'web-host-save-as-folder');
  await answerPathDialog(page, '/etc/lyncplan-escape', 'Save');
  await expect(page.getByRole('dialog')).toContainText('Could not save the design');
  await expect(page.getByRole('dialog')).toContainText(
    `That path is outside the folder. This lyncplan reads and writes files only in ${folder}.`,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  expect(existsSync('/etc/lyncplan-escape.lyncplan')).toBe(false);

  await page.getByRole('button', { name: 'Save As…' }).click();
  await answerPathDialog(page, 'folder-check', 'Save');
  const saved = join(folder, 'folder-check.lyncplan');
  await expect(page.getByTestId('toast').filter({ hasText: `Saved to ${saved}` })).toBeVisible();
  expect(existsSync(saved)).toBe(true);
});
