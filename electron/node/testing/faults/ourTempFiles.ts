import { readdirSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { STALE_TEMP_AGE_MS } from '../../files/tempFiles';

/**
 * Whether `name`, in the folder of `target`, is a temporary file a save of `target` makes (tempFiles.ts names them
 * `.<file name>.<12 hex digits>.tmp` beside the file): the files a killed save may leave and a later save clears.
 */
export function isOurTempFile(name: string, target: string): boolean {
  const prefix = `.${basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/**
 * Makes the temporary files beside `target` look as old as a killed save's leftovers are when the user saves next:
 * a save clears only those older than STALE_TEMP_AGE_MS, since a younger one may be a save still running. The
 * tests kill and save again within milliseconds; the clock is the one thing they move instead of waiting.
 */
export function ageLeftoverTemps(target: string, folder: string): number {
  const past = (Date.now() - STALE_TEMP_AGE_MS - 1_000) / 1000;
  const leftovers = readdirSync(folder).filter((name) => isOurTempFile(name, target));
  for (const name of leftovers) utimesSync(join(folder, name), past, past);
  return leftovers.length;
}
