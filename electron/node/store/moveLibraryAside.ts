import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** SQLite's companions of a library in WAL mode: the write-ahead log and its index. */
const COMPANIONS = ['-wal', '-shm'] as const;

/** Where a library was moved to, and which of its companion files went with it. */
export interface MovedLibrary {
  path: string;
  companions: string[];
}

/**
 * Renames a damaged library and its -wal/-shm files to `<name>.damaged-<UTC time>[-n]<ext>` beside it (never
 * deleting, never replacing a file: the first free number is taken). The -wal goes first: a new library opened
 * at the old path must never find the old log there, which SQLite would replay into it.
 */
export function moveLibraryAside(file: string, now: Date): MovedLibrary {
  const extension = extname(file);
  const stem = join(dirname(file), basename(file, extension));
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  let target = '';
  for (let n = 1; ; n++) {
    target = `${stem}.damaged-${stamp}${n === 1 ? '' : `-${n}`}${extension}`;
    if (![target, ...COMPANIONS.map((suffix) => target + suffix)].some((path) => existsSync(path))) break;
  }
  const companions: string[] = [];
  for (const suffix of COMPANIONS) {
    if (!existsSync(file + suffix)) continue;
    renameSync(file + suffix, target + suffix);
    companions.push(target + suffix);
  }
  renameSync(file, target);
  return { path: target, companions };
}
