import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Six random bytes in hex: the part of a temporary file's name that marks it as one of ours. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** A temporary file older than this is a leftover of a write that died, not one that is still running. */
export const STALE_TEMP_AGE_MS = 60_000;

/** `.plan.lyncplan.1a2b3c4d5e6f.tmp`, hidden, beside the file it will replace (same file system: an atomic rename). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files a killed save left in `folder`: only names of our pattern, only regular files,
 * only files we own, only those older than STALE_TEMP_AGE_MS (a younger one may belong to a save running now,
 * in this process or another instance). Best effort: a file that cannot be removed is left for the next save.
 */
export async function removeStaleTemps(folder: string, now = Date.now()): Promise<string[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const uid = process.getuid?.();
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(folder, name);
    const stat = await fs.lstat(path).catch(() => undefined);
    if (!stat?.isFile() || (uid !== undefined && stat.uid !== uid)) continue;
    if (now - stat.mtimeMs < STALE_TEMP_AGE_MS) continue;
    await fs.rm(path).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
