import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SavedWindowState } from './windowState';

/**
 * The window's places, kept in a small JSON file in the user-data folder (not in the library: it is read before
 * the window opens, and a library that cannot open must not move the window). What is read is only `unknown`:
 * `restoreBounds` decides what of it to trust. A missing or unreadable file reads as nothing saved.
 */
export function readWindowStateFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Written atomically (a temp file beside it, synced, renamed over it), so a crash mid-save leaves the previous
 * places, never half a file. Synchronous on purpose: the last save happens as the window closes, and an
 * asynchronous write could still be pending when the app quits. The file is a few hundred bytes.
 */
export function writeWindowStateFile(path: string, state: SavedWindowState): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
