import { expect, type Page, test } from '@playwright/test';
import { newDesign, snapshot } from './support/appActions';

/**
 * The renderer's half of the native menu, in Chromium: Electron's preload is stood in for by a page script that
 * exposes `window.lyncplanEvents` (as the preload does), and the `menu.state` requests the renderer sends are
 * caught on their way to the host. What the menu would show is what these requests say.
 */
interface MenuState {
  enabled: string[];
  checked: string[];
  textField: boolean;
}

async function withNativeMenu(page: Page): Promise<MenuState[]> {
  const sent: MenuState[] = [];
  await page.addInitScript(() => {
    const listeners: Array<(payload: unknown) => void> = [];
    const events = {
      subscribe(listener: (payload: unknown) => void) {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    Object.assign(window, {
      lyncplanEvents: events,
      chooseMenuItem: (command: string) => {
        for (const listener of listeners) listener({ kind: 'command', command });
      },
    });
  });
  await page.route('**/api/menu.state', async (route) => {
    sent.push(JSON.parse(route.request().postData() ?? 'null') as MenuState);
    await route.fulfill({ json: { ok: true, result: {} } });
  });
  return sent;
}

const chooseMenuItem = (page: Page, command: string) =>
  page.evaluate((id) => (window as unknown as { chooseMenuItem(id: string): void }).chooseMenuItem(id), command);

test('the menu follows the window: Save needs a design, Delete a selection, and a chosen item runs its command', async ({
  page,
}) => {
  const sent = await withNativeMenu(page);
  const last = () => sent.at(-1);
  await page.goto('/');
  await expect.poll(() => last()?.enabled).toContain('file.open');
  expect(last()!.enabled).not.toContain('file.save');

  await newDesign(page, 'Contoso menus');
  await expect.poll(() => last()?.enabled).toContain('file.save');
  expect(last()!.enabled).not.toContain('edit.delete');
  expect(last()!.checked).toContain('view.findings');

  // A site from the palette is selected: Delete is enabled, and choosing it in the menu deletes the site.
  await page.locator('[data-palette="site:central"]').click();
  await expect(page.locator('.react-flow__node-site')).toHaveCount(1);
  await expect.poll(() => last()?.enabled).toContain('edit.delete');
  await chooseMenuItem(page, 'edit.delete');
  await expect(page.locator('.react-flow__node-site')).toHaveCount(0);
  await expect.poll(() => last()?.enabled).not.toContain('edit.delete');
  expect(last()!.enabled).toContain('edit.undo');
  await chooseMenuItem(page, 'edit.undo');
  await expect(page.locator('.react-flow__node-site')).toHaveCount(1);

  // File ▸ Export ▸ Bill of Materials (CSV)… opens the export dialog on that choice.
  await chooseMenuItem(page, 'file.export-bom');
  const exportDialog = page.getByTestId('export-dialog');
  await expect(exportDialog.getByLabel('CSV: bill of materials')).toBeChecked();
  await expect.poll(() => last()?.enabled).toEqual([]);
  await exportDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(exportDialog).toHaveCount(0);

  // View ▸ Findings Panel hides the panel's list, and the item is no longer checked.
  await chooseMenuItem(page, 'view.findings');
  await expect(page.getByTestId('findings')).toHaveClass(/is-collapsed/);
  await expect.poll(() => last()?.checked).not.toContain('view.findings');
  // The library keeps the panel's state for the next specs: shown again, as it was.
  await chooseMenuItem(page, 'view.findings');
  await expect(page.getByTestId('findings')).not.toHaveClass(/is-collapsed/);
  await expect.poll(() => last()?.checked).toContain('view.findings');

  // Typing in a field: the menu's Cut, Copy and Paste become the field's, and Delete is not the canvas's.
  await page.getByTestId('search-input').focus();
  await expect.poll(() => last()?.textField).toBe(true);
  expect(last()!.enabled).not.toContain('edit.delete');
  expect(last()!.enabled).toContain('file.save');
  await snapshot(page, 'menu-state-typing');

  // Sent only when it changes: an idle window sends nothing.
  const count = sent.length;
  await page.waitForTimeout(500);
  expect(sent.length).toBe(count);
});

test('Plan ▸ Compare With… from the menu opens the comparison, and a modal leaves every command disabled', async ({
  page,
}) => {
  const sent = await withNativeMenu(page);
  const last = () => sent.at(-1);
  await page.goto('/');
  await page
    .getByTestId('sample-list')
    .getByRole('button', { name: /migration/ })
    .first()
    .click();
  await expect(page.getByTestId('plan-strip')).toBeVisible();
  await expect.poll(() => last()?.enabled).toContain('plan.compare');
  await chooseMenuItem(page, 'plan.compare');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => last()?.enabled).toEqual([]);
  await page.keyboard.press('Escape');
});
