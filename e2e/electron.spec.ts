import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drawOverfullPoolAndFixIt, newDesign } from './helpers/app';

/** The Electron binary, where the `electron` package could download it; undefined on this project's build machines. */
function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'no Electron binary is installed on this machine (the electron package could not download it); the same scenario runs in Chromium through the web host';
if (!binary) console.log(`electron.spec: skipped: ${SKIP_REASON}`);

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, SKIP_REASON);

  test('the first scenario in the real window, with the page locked down', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: ['dist/electron/main.cjs'],
      env: { ...process.env, LYNCPLAN_USER_DATA: mkdtempSync(join(tmpdir(), 'lyncplan-electron-')) },
    });
    const page = await app.firstWindow();
    // No Node in the page; only the typed contract.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { lyncplan?: { library?: { list?: unknown } } }).lyncplan?.library?.list)).toBe('function');
    await newDesign(page, 'Contoso Electron');
    await drawOverfullPoolAndFixIt(page);
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('dirty')).toHaveCount(0);
    await app.close();
  });
});
