import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary, where the `electron` package could download it; undefined on this project's build machines. */
export function electronBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export const NO_ELECTRON_REASON =
  'no Electron binary is installed on this machine (the electron package could not download it); the decisions run as Vitest tests and the web host';
