import { promises as fs, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { removeStaleTemps, tempPathFor } from './tempFiles';
import { resolveWriteTarget } from './writeTarget';

export interface AtomicWriteHooks {
  /** Called after the temporary file is written and synced, before it replaces the target (tests interrupt here). */
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

/**
 * Writes `data` to `path` so that a reader, a crash or a full disk never sees half a file: the bytes go to a
 * temporary file in the target's folder (same file system, so the rename is atomic), are flushed with fsync,
 * and only then replace the target; the folder is synced so the rename itself survives a power cut.
 * On any failure the temporary file is removed and the old file is left exactly as it was.
 *
 * Saving keeps what the user's file was: a symlink is followed and its target replaced (the link stays a link),
 * the file keeps its mode (and, when we are root, its owner), and a read-only file or anything that is not a
 * regular file is refused (see resolveWriteTarget). Leftover temporary files of killed saves in the folder are
 * removed first (see removeStaleTemps).
 */
export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const target = await resolveWriteTarget(path);
  const folder = dirname(target.path);
  await removeStaleTemps(folder);
  const tempPath = tempPathFor(target.path);
  try {
    await writeSyncedCopy(tempPath, data, target.existing);
    await hooks.beforeRename?.(tempPath);
    if (target.existing && target.existing.nlink > 1) {
      await replaceHardLinkedFile(target.path, tempPath, data);
    } else {
      await fs.rename(tempPath, target.path);
    }
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** The whole new file, on disk, with the old file's mode and owner; the handle is closed on every path. */
async function writeSyncedCopy(tempPath: string, data: string | Uint8Array, existing?: Stats): Promise<void> {
  // A new file gets 0644 less the umask; a replaced one keeps its permissions (chmod is not masked by umask).
  const handle = await fs.open(tempPath, 'wx', 0o644);
  try {
    if (existing) {
      await handle.chmod(existing.mode & 0o777);
      // Root saving someone's file must not make it root's; anyone else cannot give a file away, so does not try.
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A file with other hard links (nlink > 1) is rewritten in place, because a rename would give this name a new
 * inode and silently cut it from the other names. The trade-off: the in-place write is not atomic. It starts only
 * once the complete new bytes are synced in the temporary file, so a kill during it leaves that copy behind; and if
 * the in-place write fails (a full disk while the file grows, an I/O error), the complete copy is renamed over this
 * name after all: this name then holds the whole new file, and only the hard link is lost.
 */
async function replaceHardLinkedFile(path: string, tempPath: string, data: string | Uint8Array): Promise<void> {
  try {
    const handle = await fs.open(path, 'r+');
    try {
      // Over the old bytes from the start, then cut to length: never an empty file in between.
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      await handle.writeFile(bytes);
      await handle.truncate(bytes.byteLength);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    await fs.rename(tempPath, path);
    return;
  }
  await fs.rm(tempPath, { force: true });
}

async function syncFolder(folder: string): Promise<void> {
  // Not every platform can open a directory for fsync (Windows cannot); the rename is still atomic there.
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
