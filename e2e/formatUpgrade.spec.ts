import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openFile } from './support/appActions';
import { e2eFolder } from './support/filesFolder';

// migration.md: a format version 1 file opens unchanged and is saved as version 2, and its first save says so once.
test('a version 1 file opens, and its first save says it is now format version 2; the next save does not', async ({
  page,
}) => {
  const path = join(e2eFolder('lyncplan-v1-'), 'medium.lyncplan');
  // Playwright runs from the project root (build/playwright.config.ts).
  copyFileSync(join('shared', 'format', 'fixtures', 'v1', 'medium.lyncplan'), path);
  await page.goto('/');
  await openFile(page, path);
  await expect(page.getByTestId('toast').filter({ hasText: `Opened ${path}` })).toBeVisible();
  await expect(page.getByTestId('pool-node').first()).toBeVisible();

  await page.keyboard.press('Control+s');
  const first = page.getByTestId('toast').filter({ hasText: `Saved to ${path}` });
  await expect(first).toContainText(
    'in format version 2 (it was version 1; a lyncplan that reads only version 1 cannot open it now)',
  );
  expect(JSON.parse(readFileSync(path, 'utf8')).formatVersion).toBe(2);

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('toast').filter({ hasText: `Saved to ${path}` })).toHaveCount(2);
  await expect(
    page
      .getByTestId('toast')
      .filter({ hasText: `Saved to ${path}` })
      .last(),
  ).not.toContainText('format version');
});
