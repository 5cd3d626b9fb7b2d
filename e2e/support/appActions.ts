import { expect, type Locator, type Page } from '@playwright/test';
import { DEFAULT_PREFERENCES } from '../../shared/ipc/preferences';

/** Drops a palette item onto the canvas at a point relative to `target` (a node), or to the canvas itself. */
export async function dropFromPalette(
  page: Page,
  item: string,
  target?: Locator,
  offset = { x: 60, y: 90 },
): Promise<void> {
  const canvas = page.getByTestId('canvas');
  const canvasBox = (await canvas.boundingBox())!;
  const targetBox = target ? (await target.boundingBox())! : canvasBox;
  await page.locator(`[data-palette="${item}"]`).dragTo(canvas, {
    targetPosition: { x: targetBox.x - canvasBox.x + offset.x, y: targetBox.y - canvasBox.y + offset.y },
  });
}

export async function newDesign(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New design' }).click();
  await page.getByLabel('Design name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('design-name')).toHaveText(name);
}

/** Answers the web host's in-app file dialog (Save As or Open) with a path. */
export async function answerPathDialog(page: Page, path: string, button: 'Save' | 'Open'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File path').fill(path);
  await dialog.getByRole('button', { name: button, exact: true }).click();
}

export async function saveAs(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Save As…' }).click();
  await answerPathDialog(page, path, 'Save');
  await expect(page.getByTestId('toast').filter({ hasText: `Saved to ${path}` })).toBeVisible();
}

export async function openFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Open…' }).click();
  await answerPathDialog(page, path, 'Open');
}

/** The findings panel's rows for one rule. */
export const findingsOf = (page: Page, rule: string) => page.locator(`[data-testid="finding"][data-rule="${rule}"]`);

/** Puts the run's library back to the default preferences: what a test changes, the next would inherit. */
export async function resetPreferences(page: Page): Promise<void> {
  await page.evaluate(async (defaults) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="lyncplan-token"]')?.content ?? '';
    await fetch('./api/preferences.write', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lyncplan-token': token },
      body: JSON.stringify(defaults),
    });
  }, DEFAULT_PREFERENCES);
}

/** Saves a screenshot under test-results/screens for a person to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The first scenario's opening: a central site, an Enterprise pool, 13 servers (one too many), then 12. */
export async function drawOverfullPoolAndFixIt(page: Page): Promise<void> {
  await dropFromPalette(page, 'site:central', undefined, { x: 60, y: 40 });
  const central = page.getByTestId('site-node').first();
  await expect(central).toContainText('Central site 1');
  await dropFromPalette(page, 'pool:frontEnd', central, { x: 60, y: 90 });
  const pool = page.getByTestId('pool-node').first();
  await expect(pool).toContainText('pool01.contoso.com');
  for (let i = 0; i < 13; i++) await dropFromPalette(page, 'server', pool, { x: 60, y: 30 });
  await expect(page.getByTestId('server-node')).toHaveCount(13);
  await expect(pool.getByTestId('pool-server-count')).toHaveText('13 servers');

  // The limit is 12: the error shows in the panel and as a badge on the pool.
  await expect(findingsOf(page, 'CAP-FE-MAX-SERVERS')).toHaveCount(1);
  await expect(findingsOf(page, 'CAP-FE-MAX-SERVERS')).toContainText(
    'Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12.',
  );
  await expect(pool.locator('.finding-badge')).toHaveAttribute('data-severity', 'error');
  await snapshot(page, '1-thirteen-servers');

  // Clicking the finding selects the pool; removing one server clears the error and the badge counts one fewer.
  const badge = pool.locator('.finding-badge');
  const countOf = async () => Number(/^(\d+)/.exec((await badge.getAttribute('aria-label')) ?? '0')?.[1] ?? 0);
  const before = await countOf();
  await findingsOf(page, 'CAP-FE-MAX-SERVERS').click();
  await expect(page.getByTestId('inspector')).toContainText('Front End pool');
  await page.getByTestId('server-node').last().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('server-node')).toHaveCount(12);
  await expect(findingsOf(page, 'CAP-FE-MAX-SERVERS')).toHaveCount(0);
  await expect.poll(countOf).toBe(before - 1);
}
