import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteHooks {
  /** Called after the temporary file is written and synced, before it replaces the target (tests interrupt here). */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `data` to `path` so that a reader, a crash or a full disk never sees half a file: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), are flushed with fsync,
 * and only then replace the target; the folder is synced so the rename itself survives a power cut.
 * On any failure the temporary file is removed and the old file is left exactly as it was.
 */
export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const folder = dirname(path);
  const tempPath = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tempPath, 'wx', 0o644);
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await hooks.beforeRename?.(tempPath);
    await fs.rename(tempPath, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  // Not every platform can open a directory for fsync (Windows cannot); the rename is still atomic there.
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
