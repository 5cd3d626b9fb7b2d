// Type-checks each layer against its own tsconfig (architecture.md): the core without DOM or Node types,
// the Node side without DOM, the Electron glue against electron.d.ts, the renderer without Node types.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const projects = [
  'shared/tsconfig.json',
  'electron/node/tsconfig.json',
  'electron/main/tsconfig.json',
  'renderer/tsconfig.json',
  'build/tsconfig.test.json',
];

/** Runs tsc on every project; returns the names of those that failed. */
export function typecheck() {
  const failed = [];
  for (const project of projects) {
    const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
      stdio: 'inherit',
    });
    console.log(`typecheck ${project}: ${result.status === 0 ? 'ok' : 'FAILED'}`);
    if (result.status !== 0) failed.push(project);
  }
  return failed;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(typecheck().length === 0 ? 0 : 1);
