import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { _electron as electron, expect, test } from '@playwright/test';
import { DesignBuilder } from '../shared/testing/designBuilder';
import { newDesign } from './support/appActions';
import { electronBinary, NO_ELECTRON_REASON } from './support/electronBinary';
import { writeFixture } from './support/sampleDesigns';

const binary = electronBinary();
if (!binary) console.log(`electronDocuments.spec: skipped: ${NO_ELECTRON_REASON}`);

const MAIN = 'dist/electron/main.cjs';
const launch = (userData: string, ...files: string[]) =>
  electron.launch({
    executablePath: binary,
    args: [MAIN, ...files],
    env: { ...process.env, LYNCPLAN_USER_DATA: userData },
  });

test.describe('documents from the OS, in the desktop app (Electron)', () => {
  test.skip(!binary, NO_ELECTRON_REASON);

  test('a .lyncplan named on the command line opens in the window, after Chromium flags', async () => {
    const file = writeFixture(new DesignBuilder('From argv').design, 'from-argv');
    const userData = mkdtempSync(join(tmpdir(), 'lyncplan-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [MAIN, '--enable-logging', file],
      env: { ...process.env, LYNCPLAN_USER_DATA: userData },
    });
    const page = await app.firstWindow();
    await expect(page.getByTestId('design-name')).toHaveText('From argv');
    await expect(page.getByTestId('toast').filter({ hasText: `Opened ${file}` })).toBeVisible();
    await app.close();
  });

  test('a second launch focuses the first window, hands it its file with the unsaved-changes prompt, and quits', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'lyncplan-electron-'));
    const app = await launch(userData);
    const page = await app.firstWindow();
    await newDesign(page, 'Unsaved work');
    const file = writeFixture(new DesignBuilder('From a second launch').design, 'second');
    // The second instance finds the lock taken, hands its argv and working directory over, and exits.
    await promisify(execFile)(binary!, [MAIN, file], { env: { ...process.env, LYNCPLAN_USER_DATA: userData } });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Save the changes to “Unsaved work” before opening another design?');
    await dialog.getByRole('button', { name: 'Don’t save' }).click();
    await expect(page.getByTestId('design-name')).toHaveText('From a second launch');
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });

  test('the window comes back at the size and place it was left', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'lyncplan-electron-'));
    const first = await launch(userData);
    await first.firstWindow();
    await first.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 60, width: 1100, height: 700 }),
    );
    await first.close();
    const second = await launch(userData);
    await second.firstWindow();
    const bounds = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getNormalBounds());
    expect({ width: bounds.width, height: bounds.height }).toEqual({ width: 1100, height: 700 });
    await second.close();
  });
});
