// `npm run bench:canvas`: builds the app and the bare React Flow baseline page, then runs the canvas bench.

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const built = spawnSync(process.execPath, ['build/scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

// Inside the project, so the bundled runner resolves @playwright/test from node_modules.
const dir = 'dist/bench';
const baseline = resolve(dir, 'baseline');
await viteBuild({
  root: 'build/bench/canvas/baseline',
  base: './',
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: baseline, emptyOutDir: true, target: 'es2022' },
});
const runner = join(dir, 'canvas-bench.mjs');
await build({
  entryPoints: ['build/bench/canvas/runCanvasBench.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: runner,
  external: ['@playwright/test'],
  logLevel: 'warning',
});
const { status } = spawnSync(process.execPath, [runner, baseline, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? 1);
