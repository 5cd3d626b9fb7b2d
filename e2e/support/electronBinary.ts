import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary, where the `electron` package could download it; undefined on this project's build machines.
 * Found as the package's own index.js finds it (its `path.txt`, or ELECTRON_OVERRIDE_DIST_PATH), without requiring
 * that file: since Electron 45 it starts a download when the binary is missing, which here only fails and prints.
 */
export function electronBinary(): string | undefined {
  try {
    const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const path = override ? join(override, executable || 'electron') : executable && join(folder, 'dist', executable);
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export const NO_ELECTRON_REASON =
  'no Electron binary is installed on this machine (the electron package could not download it); the decisions run as Vitest tests and the web host';
