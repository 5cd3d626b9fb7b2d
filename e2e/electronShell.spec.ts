import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, type Page, test } from '@playwright/test';
import { electronBinary } from './support/electronBinary';

/**
 * The hardened shell in a real Electron window: the checklist items the unit tests assert as functions
 * (appProtocol.test.ts, shellGuards.test.ts, permissions.test.ts), checked once more where Electron applies them.
 */

const binary = electronBinary();
const SKIP_REASON =
  'no Electron binary is installed on this machine (the electron package could not download it); the shell is checked by the unit tests of electron/node/security and electron/main/shellGuards';
if (!binary) console.log(`electronShell.spec: skipped: ${SKIP_REASON}`);

test.describe('the hardened shell (Electron)', () => {
  test.skip(!binary, SKIP_REASON);
  let app: ElectronApplication;
  let page: Page;

  test.beforeEach(async () => {
    app = await electron.launch({
      executablePath: binary,
      args: ['dist/electron/main.cjs'],
      env: { ...process.env, LYNCPLAN_USER_DATA: mkdtempSync(join(tmpdir(), 'lyncplan-electron-shell-')) },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app.close();
  });

  test('the page is served from app://lyncplan with the CSP as a response header', async () => {
    expect(page.url()).toBe('app://lyncplan/index.html');
    const headers = await page.evaluate(async () => {
      const response = await fetch('app://lyncplan/index.html');
      return { status: response.status, csp: response.headers.get('content-security-policy') };
    });
    expect(headers.status).toBe(200);
    expect(headers.csp).toContain("default-src 'none'");
    expect(headers.csp).toContain("frame-ancestors 'none'");
    const outside = await page.evaluate(async () => (await fetch('app://lyncplan/%2e%2e/%2e%2e/package.json')).status);
    expect(outside).toBe(404);
    await page.screenshot({ path: 'test-results/screens/electron-shell-app-scheme.png' });
  });

  test('the page has no Node and no Electron, only the contract', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridges: Object.keys(window).filter((name) => name.startsWith('lyncplan')),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridges: ['lyncplan', 'lyncplanEvents'] });
  });

  test('the page cannot navigate away, open a window or get a permission', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://lyncplan/index.html');
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
    const notifications = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'notifications' })).state,
    );
    expect(notifications).toBe('denied');
  });
});
