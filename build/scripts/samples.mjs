// `npm run samples`: bundles the sample writer with esbuild (as bench.mjs does) and runs it once, from the project
// root, to write samples/*.lyncplan from the generators of shared/samples/.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'lyncplan-samples-'));
const outfile = join(dir, 'samples.cjs');
await build({
  entryPoints: ['build/samples/writeSamples.ts'],
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
