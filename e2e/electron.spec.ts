import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { drawOverfullPoolAndFixIt, newDesign } from './support/appActions';
import { electronBinary } from './support/electronBinary';
import { editingFixture } from './support/sampleDesigns';

const binary = electronBinary();
const SKIP_REASON =
  'no Electron binary is installed on this machine (the electron package could not download it); the same scenario runs in Chromium through the web host';
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
    expect(
      await page.evaluate(
        () => typeof (window as unknown as { lyncplan?: { library?: { list?: unknown } } }).lyncplan?.library?.list,
      ),
    ).toBe('function');
    await newDesign(page, 'Contoso Electron');
    await drawOverfullPoolAndFixIt(page);
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('dirty')).toHaveCount(0);
    await app.close();
  });

  test('Export PDF writes the print route with its page setup: fit to 2 x 2 is a four-page PDF', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: ['dist/electron/main.cjs'],
      env: { ...process.env, LYNCPLAN_USER_DATA: mkdtempSync(join(tmpdir(), 'lyncplan-electron-')) },
    });
    const folder = mkdtempSync(join(tmpdir(), 'lyncplan-electron-pdf-'));
    const fixture = editingFixture();
    // The native dialogs answer with our paths, as a user would choose them.
    await app.evaluate(
      ({ dialog }, paths) => {
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [paths.fixture],
        })) as typeof dialog.showOpenDialog;
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath: paths.pdf,
        })) as typeof dialog.showSaveDialog;
      },
      { fixture, pdf: join(folder, 'plan.pdf') },
    );
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'Open…' }).click();
    await expect(page.getByTestId('design-name')).toHaveText('Editing fixture');
    await page.getByTestId('print-preview-button').click();
    await page.getByLabel('Fit to pages').check();
    await expect(page.getByTestId('print-page')).toHaveCount(4);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: `Exported ${join(folder, 'plan.pdf')}` })).toBeVisible();
    expect(execFileSync('pdfinfo', [join(folder, 'plan.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+4\b/);
    await app.close();
  });
});
