import { statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What is at a path: a regular file, something else (a folder, a device, a FIFO), or nothing. */
export type PathKind = 'file' | 'other' | 'missing';

/** The platform's own answer, following symlinks (a link to a design opens the design). */
export function pathKindOnDisk(path: string): PathKind {
  try {
    return statSync(path).isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

export interface DocumentArgs {
  /** The process's argv as Electron gives it: the executable, Chromium and Electron flags, maybe `.`, then files. */
  argv: readonly string[];
  /** The folder a relative path is relative to: our own cwd, or a second instance's `workingDirectory`. */
  cwd: string;
  platform: NodeJS.Platform;
  /** Answers what is at a path; tests pass their own for Windows paths on a Linux machine. */
  kindOf?: (path: string) => PathKind;
}

/**
 * The `.lyncplan` files named on a command line, absolute, in the order given, each once. argv is read by what
 * each entry is, never by its index: where the flags end differs between a packaged app, `electron .` and a
 * second instance (Chromium adds flags of its own there), so anything that is not a real `.lyncplan` file is
 * skipped: `--flag` and `--flag=value`, `-psn_…` (macOS Finder), the executable, `.` or the app folder, a path
 * that does not exist, a folder or device named like a design.
 */
export function documentsToOpen({ argv, cwd, platform, kindOf = pathKindOnDisk }: DocumentArgs): string[] {
  const paths = platform === 'win32' ? win32 : posix;
  const found: string[] = [];
  for (const arg of argv) {
    if (arg.length === 0 || arg.startsWith('-')) continue;
    const local = localPath(arg, platform);
    if (local === undefined || !hasDesignExtension(local, platform)) continue;
    const absolute = paths.resolve(cwd, local);
    if (kindOf(absolute) !== 'file') continue;
    if (!found.some((seen) => samePath(seen, absolute, platform))) found.push(absolute);
  }
  return found;
}

/** The one document a launch opens: a single window shows one design, so the first file named wins. */
export function documentToOpen(args: DocumentArgs): string | undefined {
  return documentsToOpen(args)[0];
}

/**
 * Whether a path the OS handed over (macOS `open-file`, a second instance) is a design we may open: the right
 * extension and a regular file.
 */
export function isDesignFile(path: string, platform: NodeJS.Platform, kindOf = pathKindOnDisk): boolean {
  return hasDesignExtension(path, platform) && kindOf(path) === 'file';
}

/**
 * `.lyncplan`, in any case where the file system ignores case (Windows and macOS by default, so Explorer and
 * Finder hand over `PLAN.LYNCPLAN` as typed); on Linux only the exact extension the app writes.
 */
export function hasDesignExtension(path: string, platform: NodeJS.Platform): boolean {
  const ending = path.slice(-'.lyncplan'.length);
  return caseInsensitive(platform) ? ending.toLowerCase() === '.lyncplan' : ending === '.lyncplan';
}

const caseInsensitive = (platform: NodeJS.Platform) => platform === 'win32' || platform === 'darwin';

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return caseInsensitive(platform) ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** A `file://` URL as the local path it names (Linux desktops pass these); any other URL is not a file. */
function localPath(arg: string, platform: NodeJS.Platform): string | undefined {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg, { windows: platform === 'win32' });
    } catch {
      return undefined;
    }
  }
  // `lyncplan://…`, `https://…`: a scheme of two letters or more is a URL (`C:\…` is a Windows drive).
  if (/^[a-z][a-z0-9+.-]+:/i.test(arg)) return undefined;
  return arg;
}
