import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, test } from '@playwright/test';
import { newDesign } from './support/appActions';
import { electronBinary } from './support/electronBinary';

const binary = electronBinary();
const SKIP_REASON =
  'no Electron binary is installed on this machine (the electron package could not download it); the menu template and its state are tested by Vitest (electron/node/menu, renderer/src/app)';
if (!binary) console.log(`electronMenu.spec: skipped: ${SKIP_REASON}`);

/** A native menu item as the main process has it: whether it is there, enabled and checked. */
async function menuItem(app: ElectronApplication, id: string) {
  return app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    return item ? { label: item.label, enabled: item.enabled, checked: item.checked } : null;
  }, id);
}

test.describe('the native menu (Electron)', () => {
  test.skip(!binary, SKIP_REASON);

  test('File ▸ Save follows the window: disabled with no design, enabled with one, and it saves', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: ['dist/electron/main.cjs'],
      env: { ...process.env, LYNCPLAN_USER_DATA: mkdtempSync(join(tmpdir(), 'lyncplan-electron-menu-')) },
    });
    const page = await app.firstWindow();
    const titles = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label));
    expect(titles).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Plan', 'Help']));
    await expect.poll(() => menuItem(app, 'file.open')).toMatchObject({ label: 'Open…', enabled: true });
    expect(await menuItem(app, 'file.save')).toMatchObject({ label: 'Save', enabled: false });

    await newDesign(page, 'Contoso menu');
    await expect.poll(() => menuItem(app, 'file.save')).toMatchObject({ enabled: true });
    // Nothing selected: Delete is disabled; the findings panel shows, so its item is checked.
    expect(await menuItem(app, 'edit.delete')).toMatchObject({ enabled: false });
    expect(await menuItem(app, 'view.findings')).toMatchObject({ checked: true });

    await page.locator('[data-palette="site:central"]').click();
    await expect(page.getByTestId('dirty')).toBeVisible();
    // Choosing the item runs the renderer's Save, as Ctrl+S does.
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('file.save')?.click());
    await expect(page.getByTestId('dirty')).toHaveCount(0);
    await app.close();
  });

  test('View ▸ Theme ▸ Dark darkens the page and the native theme, and stays so after a restart', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'lyncplan-electron-theme-'));
    const launch = () =>
      electron.launch({
        executablePath: binary,
        args: ['dist/electron/main.cjs'],
        env: { ...process.env, LYNCPLAN_USER_DATA: userData },
      });
    let app = await launch();
    let page = await app.firstWindow();
    await expect.poll(() => menuItem(app, 'view.theme-system')).toMatchObject({ checked: true });
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('view.theme-dark')?.click());
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
    await expect.poll(() => menuItem(app, 'view.theme-dark')).toMatchObject({ checked: true });
    await app.close();
    app = await launch();
    page = await app.firstWindow();
    expect(await app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.close();
  });
});
