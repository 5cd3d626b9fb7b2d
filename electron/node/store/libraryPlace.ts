import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { unusableReason } from './libraryOpenFailure';

/**
 * Whether lyncplan may keep its library at `file`, asked of the file system before SQLite is: SQLite names a folder
 * or a permission problem only as "unable to open database file". The folder must be writable too, as SQLite
 * keeps the -wal and -shm files beside the library. Returns the reason it may not, in words, or undefined. Whether
 * a file exists is also said, so a new library is not checked for damage.
 */
export function libraryPlace(file: string): { exists: boolean; problem?: string } {
  let exists = true;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { exists, problem: unusableReason('EISDIR', '') };
    if (!stat.isFile()) return { exists, problem: 'it is not a regular file (a device, a FIFO or a socket)' };
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code !== 'ENOENT') return { exists, problem: unusableReason(code, (error as Error).message) };
    exists = false;
  }
  try {
    accessSync(dirname(file), constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = code === 'ENOENT' ? 'its folder does not exist' : unusableReason(code, (error as Error).message);
    return { exists, problem: `${reason} (the folder ${dirname(file)})` };
  }
  return { exists };
}
