// Builds everything the app runs from: the renderer (Vite) and the Node-side entry points (esbuild bundles).

import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const started = Date.now();
// `--cli`: only the command line, for its tests to run the binary built from the current sources.
const cliOnly = process.argv.includes('--cli');

if (!cliOnly) {
  await viteBuild({ configFile: 'build/vite.config.mts', logLevel: 'warn' });
  // The JSON Schema of a .lyncplan file ships with the app, beside the page (generated from the zod schemas and
  // kept up to date by shared/model/jsonSchema.test.ts).
  copyFileSync('shared/model/lyncplan.schema.json', 'dist/renderer/lyncplan.schema.json');
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
  define: { LYNCPLAN_VERSION: JSON.stringify(version) },
};

const cli = esbuild({
  ...common,
  entryPoints: ['electron/node/cli/lyncplanBin.ts'],
  outfile: 'dist/cli/lyncplan.cjs',
  banner: { js: '#!/usr/bin/env node' },
});
await Promise.all(
  cliOnly
    ? [cli]
    : [
        cli,
        esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
        // The sandboxed preload may require only `electron`; everything else is bundled in.
        esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
        esbuild({
          ...common,
          entryPoints: ['electron/node/webHost/webHostMain.ts'],
          outfile: 'dist/host/web-host.cjs',
        }),
      ],
);
chmodSync('dist/cli/lyncplan.cjs', 0o755);
if (cliOnly) process.exit(0);

console.log(
  `lyncplan: built renderer, Electron main/preload, web host and CLI in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
