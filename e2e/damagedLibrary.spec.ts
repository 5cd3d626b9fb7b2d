import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { snapshot } from './support/appActions';
import { startWebHostProcess } from './support/webHostProcess';

/**
 * A library that cannot be opened at start (electron/node/store/openLibrary.ts), in the built web host: these specs
 * start a host of their own on a library of their own, on a port beside the suite's.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.LYNCPLAN_E2E_PORT ?? 4391) + 50;

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lyncplan-e2e-damaged-'));
});
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

test('a damaged library is moved aside, the host says where, and the start screen tells the planner once', async ({
  browser,
}) => {
  const bytes = randomBytes(20_000);
  writeFileSync(join(dataDir, 'library.sqlite'), bytes);
  const host = await startWebHostProcess({ cwd: ROOT, port: PORT, dataDir });
  try {
    const moved = readdirSync(dataDir).find((name) => /^library\.damaged-[\dT-]+Z\.sqlite$/.test(name));
    expect(moved, readdirSync(dataDir).join(', ')).toBeDefined();
    expect(readFileSync(join(dataDir, moved!))).toEqual(bytes);
    expect(host.printed).toContain(`lyncplan: The design library at ${join(dataDir, 'library.sqlite')} was damaged`);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(host.loginUrl);
    const notice = page.getByTestId('library-notice');
    await expect(notice).toContainText(`so lyncplan moved it to ${join(dataDir, moved!)}`);
    await expect(notice).toContainText('Designs saved as .lyncplan files are untouched.');
    await expect(page.getByRole('button', { name: 'New design' })).toBeVisible();
    await snapshot(page, 'damaged-library-notice');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await context.close();
  } finally {
    await host.stop();
  }
});

test('a library of a newer lyncplan is refused on stderr with exit 1, and left as it was', () => {
  const file = join(dataDir, 'library.sqlite');
  // A SQLite header whose user_version (offset 60) is far above any this lyncplan knows.
  const header = Buffer.alloc(4096);
  header.write('SQLite format 3\0', 0, 'latin1');
  header.writeInt32BE(999, 60);
  writeFileSync(file, header);

  const run = spawnSync(process.execPath, ['dist/host/web-host.cjs'], {
    cwd: ROOT,
    env: { ...process.env, LYNCPLAN_PORT: String(PORT), LYNCPLAN_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 30_000,
  });

  expect(run.status).toBe(1);
  expect(run.stderr).toContain(
    `lyncplan web host could not start: The design library at ${file} was written by a newer lyncplan (schema 999; this one reads up to`,
  );
  expect(run.stderr).toContain('Update lyncplan to open it; the library has not been changed.');
  expect(readFileSync(file)).toEqual(header);
  expect(readdirSync(dataDir)).toEqual(['library.sqlite']);
});
