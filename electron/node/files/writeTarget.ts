import { constants, promises as fs, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FileRefusedError } from './fileRefused';

/** Where a save really writes, and what is there now (undefined for a new file). */
export interface WriteTarget {
  path: string;
  existing?: Stats;
}

/** More hops than this is a loop (Linux's own limit is 40). */
const MAX_SYMLINK_HOPS = 40;

/**
 * Follows `path` through its symlinks to the file a save must replace, and refuses what must never be replaced:
 * anything that is not a regular file (a folder, /dev/null, a FIFO, a socket) and a read-only file.
 * A dangling link is followed to where it points, as a shell's `>` would, so the link stays a link.
 */
export async function resolveWriteTarget(path: string): Promise<WriteTarget> {
  let current = resolve(path);
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
    const stat = await lstatOrUndefined(current);
    if (!stat) return { path: current };
    if (stat.isSymbolicLink()) {
      current = resolve(dirname(current), await fs.readlink(current));
      continue;
    }
    await refuseUnwritable(current, stat);
    return { path: current, existing: stat };
  }
  throw new FileRefusedError(`${path} is a loop of symbolic links`, 'ELOOP');
}

async function refuseUnwritable(path: string, stat: Stats): Promise<void> {
  if (stat.isDirectory()) throw new FileRefusedError(`${path} is a folder`, 'EISDIR');
  if (!stat.isFile()) throw new FileRefusedError(`${path} is not a regular file`, 'ENOTREGULAR');
  // The mode bits, not access(2): root may write anything, yet a file nobody may write to (chmod a-w, or the
  // read-only attribute on Windows, which Node reports as 0o444) is one its owner meant to keep; a rename would
  // replace it all the same, since replacing only needs the folder to be writable.
  if ((stat.mode & 0o222) === 0) throw new FileRefusedError(`${path} is read-only`, 'EREADONLY');
  // A file with write bits for someone else: the rename would still succeed, so ask the system whether we may.
  await fs.access(path, constants.W_OK);
}

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
