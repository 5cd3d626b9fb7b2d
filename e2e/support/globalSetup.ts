import { fileURLToPath } from 'node:url';
import { chromium, type FullConfig } from '@playwright/test';
import { startWebHostProcess } from './webHostProcess';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the web host for the run, opens the address it printed in Chromium (the token becomes the host's
 * cookie and the address bar loses it) and saves that browser state: every spec's context starts signed in, so
 * `page.goto('/')` works as it does for a person who opened the printed address. Returns the teardown.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const use = config.projects[0]!.use;
  const port = Number(new URL(use.baseURL!).port);
  const dataDir = process.env.LYNCPLAN_E2E_DATA!;
  const host = await startWebHostProcess({ cwd: ROOT, port, dataDir });
  try {
    const browser = await chromium.launch(use.launchOptions);
    const page = await browser.newPage();
    await page.goto(host.loginUrl);
    if (new URL(page.url()).search !== '') throw new Error(`signing in left the token in the address: ${page.url()}`);
    await page.context().storageState({ path: use.storageState as string });
    // For the spec that signs in itself (e2e/webHostAccess.spec.ts); workers inherit the environment.
    process.env.LYNCPLAN_E2E_LOGIN_URL = host.loginUrl;
    await browser.close();
  } catch (error) {
    await host.stop();
    throw error;
  }
  return host.stop;
}
