import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { fixtureFiles } from './cliFixtures';

const root = join(__dirname, '..', '..', '..');
const binary = join(root, 'dist', 'cli', 'lyncplan.cjs');
let dir: ReturnType<typeof tempDir>;

/** Runs the built binary, as `npx lyncplan` does, on a fixture of the temporary folder. */
function lyncplan(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [binary, ...args.map((a) => (a.endsWith('.lyncplan') ? join(dir.path, a) : a))],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const built = spawnSync(process.execPath, [join(root, 'build', 'scripts', 'build.mjs'), '--cli'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0 || !existsSync(binary)) throw new Error('could not build the lyncplan binary');
  dir = tempDir();
  for (const [name, text] of Object.entries(fixtureFiles())) writeFileSync(join(dir.path, name), text);
}, 60_000);
afterAll(() => dir.remove());

describe('lyncplan report on a design without a plan', () => {
  // The files under reportSnapshots/ were written by the report command as it was before the runbook existed.
  it.each([
    ['medium.lyncplan', 'md'],
    ['medium.lyncplan', 'csv'],
    ['medium.lyncplan', 'json'],
    ['waived-grown.lyncplan', 'md'],
    ['waived-grown.lyncplan', 'csv'],
  ])('prints %s as --format %s printed it before plans', async (file, format) => {
    const { status, stdout } = lyncplan('report', file, '--format', format);
    expect(status).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`./reportSnapshots/${file.replace('.lyncplan', '')}.${format}.txt`);
  });
});
