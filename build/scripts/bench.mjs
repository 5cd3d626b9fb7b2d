// `npm run bench`: bundles the benchmark with esbuild (as the app's Node side is built) and runs it once.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'lyncplan-bench-'));
const outfile = join(dir, 'bench.cjs');
await build({
  entryPoints: ['build/bench/runBench.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(status ?? 1);
