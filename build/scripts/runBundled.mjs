// Bundles one TypeScript entry with esbuild, as the app's Node side is built, runs it once with this Node and returns
// its exit status: what `npm run bench` and `npm run samples` do with their TypeScript entries.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function runBundled(entry, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), `lyncplan-${name}-`));
  const outfile = join(dir, `${name}.cjs`);
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      logLevel: 'warning',
    });
    return spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' }).status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
