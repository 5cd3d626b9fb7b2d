import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { fixtureFiles } from './cliFixtures';

const root = join(__dirname, '..', '..', '..');
const binary = join(root, 'dist', 'cli', 'lyncplan.cjs');
/** The built binary, for a test that runs it in a shell pipeline (the tests of a file call builtLyncplanBinary first). */
export const LYNCPLAN_BINARY = binary;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command-line tests' one way to run `lyncplan`: the real binary, rebuilt from the current sources before the
 * file's tests (the CLI bundle alone takes a moment), as `npx lyncplan` runs it. A `.lyncplan` or `.tbxml` argument
 * names a fixture of `cliFixtures.ts`, written to a temporary folder; any other path is read from the project root
 * (the shipped samples), so the README's command lines work as they are written.
 */
export function builtLyncplanBinary(): (...args: string[]) => CliRun {
  let dir: ReturnType<typeof tempDir> | undefined;
  const fixtures = new Set<string>();
  beforeAll(() => {
    const built = spawnSync(process.execPath, [join(root, 'build', 'scripts', 'build.mjs'), '--cli'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0 || !existsSync(binary)) throw new Error('could not build the lyncplan binary');
    dir = tempDir();
    for (const [name, text] of Object.entries(fixtureFiles())) {
      writeFileSync(join(dir.path, name), text);
      fixtures.add(name);
    }
  }, 60_000);
  afterAll(() => dir?.remove());
  return (...args) => {
    const result = spawnSync(
      process.execPath,
      [binary, ...args.map((a) => (fixtures.has(a) ? join(dir!.path, a) : a))],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DISPLAY: '' },
      },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
