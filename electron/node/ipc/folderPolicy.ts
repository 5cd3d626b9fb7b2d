import { promises as fs, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PathNotAllowed } from './pathPolicy';

/** What a request does with the file: reading never creates one; writing may. */
export type FolderAccess = 'read' | 'write';

/**
 * Which paths the web host's page may name: only files inside the one folder the host was started for
 * (LYNCPLAN_FILES_DIR), with the extension of what is read or written, and only regular files. The page is
 * reachable by anyone who has the token, and the host may run as root, so a path is checked as an attacker
 * would write it: `..`, an absolute path elsewhere (`/etc/passwd`), a symlink in the folder pointing out of it,
 * a device, FIFO or socket (`/dev/null` must never be replaced by a regular file). Relative paths are relative
 * to the folder, never to the host's working directory.
 *
 * It checks the file as it is at the time of the request; a local process that can already write inside the
 * folder could swap a file for a link between the check and the write, which is outside what the web host defends.
 */
export class FolderPolicy {
  private constructor(
    /** The folder's real path (symlinks resolved), so a file's real path can be compared with it. */
    readonly folder: string,
  ) {}

  /** The policy for `folder`, created when it is missing. */
  static async create(folder: string): Promise<FolderPolicy> {
    await fs.mkdir(folder, { recursive: true });
    return new FolderPolicy(await fs.realpath(folder));
  }

  /**
   * The absolute path to read or write for `requested`, which must end with one of `extensions` (`.lyncplan`,
   * `.png`…); a path to write that lacks them gets the first. Throws PathNotAllowed with a sentence the user can
   * act on.
   */
  async resolve(requested: string, extensions: string | readonly string[], access: FolderAccess): Promise<string> {
    const allowed = typeof extensions === 'string' ? [extensions] : extensions;
    const trimmed = requested.trim();
    if (trimmed === '' || trimmed.includes('\0')) throw this.refuse('That is not a file name.');
    if (trimmed.split(/[\\/]/).includes('..')) throw this.refuse('A path with ".." is not allowed.');
    const withExtension = allowed.some((extension) => hasExtension(trimmed, extension))
      ? trimmed
      : access === 'write'
        ? `${trimmed}${allowed[0]}`
        : undefined;
    if (withExtension === undefined) throw this.refuse(`lyncplan opens only ${allowed.join(', ')} files.`);
    const target = isAbsolute(withExtension) ? resolve(withExtension) : resolve(this.folder, withExtension);
    if (!this.contains(target)) throw this.refuse('That path is outside the folder.');

    // The folder that holds the file, after following every link in it, must still be inside.
    const parent = await fs.realpath(join(target, '..')).catch(() => undefined);
    if (parent === undefined) throw this.refuse('That folder does not exist inside the files folder.');
    if (parent !== this.folder && !this.contains(parent)) throw this.refuse('That path leads outside the folder.');

    const entry = await fs.lstat(target).catch(() => undefined);
    if (entry === undefined) return target; // A new file (a read then reports it is not there).
    if (entry.isSymbolicLink()) {
      const real = await fs.realpath(target).catch(() => undefined);
      if (real === undefined || !this.contains(real)) throw this.refuse('That link points outside the folder.');
      const pointed = await fs.stat(real);
      if (!pointed.isFile()) throw this.refuse(`That link points to ${kindOf(pointed)}, not a file.`);
      return target;
    }
    if (!entry.isFile()) throw this.refuse(`That is ${kindOf(entry)}, not a file.`);
    return target;
  }

  private contains(path: string): boolean {
    const inside = relative(this.folder, path);
    return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside);
  }

  private refuse(reason: string): PathNotAllowed {
    return new PathNotAllowed(`${reason} This lyncplan reads and writes files only in ${this.folder}.`);
  }
}

function hasExtension(path: string, extension: string): boolean {
  return path.toLowerCase().endsWith(extension.toLowerCase()) && path.length > extension.length;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
