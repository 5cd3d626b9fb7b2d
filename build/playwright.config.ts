import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The web host the specs drive: the built app and a real SQLite library in a fresh folder for every run, its
 * files folder the default one beside the library (e2e/support/filesFolder.ts). e2e/support/globalSetup.ts
 * starts it, signs Chromium in with the address it prints and saves that state for every spec's context.
 */
const PORT = Number(process.env.LYNCPLAN_E2E_PORT ?? 4391);
const dataDir = process.env.LYNCPLAN_E2E_DATA ?? mkdtempSync(join(tmpdir(), 'lyncplan-e2e-'));
process.env.LYNCPLAN_E2E_DATA = dataDir;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: join(root, 'e2e'),
  outputDir: join(root, 'test-results', 'e2e'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: join(root, 'test-results', 'e2e-results.json') }]],
  globalSetup: join(root, 'e2e', 'support', 'globalSetup.ts'),
  use: {
    storageState: join(dataDir, 'signed-in.json'),
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
});
