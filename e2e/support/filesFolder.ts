import { copyFileSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The web host's files folder for this run: the default one, `files` beside the library (LYNCPLAN_E2E_DATA,
 * set by build/playwright.config.ts). The host reads and writes only there, so every file a spec opens or saves
 * through the page is in it.
 */
export function e2eFilesDir(): string {
  const data = process.env.LYNCPLAN_E2E_DATA;
  if (!data) throw new Error('LYNCPLAN_E2E_DATA is not set; run the specs through build/playwright.config.ts.');
  const folder = join(data, 'files');
  mkdirSync(folder, { recursive: true });
  return realpathSync(folder);
}

/** A fresh folder inside the files folder, for one spec's files. */
export const e2eFolder = (prefix: string): string => mkdtempSync(join(e2eFilesDir(), prefix));

/** A copy of a file of the repository (a sample, a fixture) in a fresh folder inside the files folder. */
export function copyIntoFilesFolder(source: string, name = basename(source)): string {
  const target = join(e2eFolder('copy-'), name);
  copyFileSync(source, target);
  return target;
}
