import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small tmpfs the full-disk tests can fill: a real file system that answers ENOSPC (and SQLITE_FULL), which no
 * mock of `fs` reproduces. Mounting needs Linux and root (or CAP_SYS_ADMIN); where either is missing, probeTmpfs
 * says why, and the tests skip with that reason.
 */
export function probeTmpfs(): { ok: true } | { ok: false; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: `tmpfs needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'lyncplan-tmpfs-probe-'));
  try {
    const mounted = mount(dir, '64k');
    if (!mounted.ok) return mounted;
    unmount(dir);
    return { ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Mounts a tmpfs of `size` (a mount size such as `4m`) on the empty folder `dir`. */
export function mount(dir: string, size: string): { ok: true } | { ok: false; reason: string } {
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (result.error) return { ok: false, reason: `mount could not run: ${result.error.message}` };
  if (result.status !== 0)
    return {
      ok: false,
      reason: `mount -t tmpfs failed (a container without CAP_SYS_ADMIN?): ${result.stderr.trim().split('\n')[0]}`,
    };
  return { ok: true };
}

/** Unmounts it; lazily when something still holds it open, so a failed test never leaves a mount behind. */
export function unmount(dir: string): void {
  if (spawnSync('umount', [dir]).status !== 0) spawnSync('umount', ['-l', dir]);
}

/**
 * Fills the file system holding `dir` with one file, `filler`, until a write fails with ENOSPC, then gives back
 * `leave` bytes (rounded to tmpfs's 4 KiB pages) by shortening it. Returns the filler's size.
 */
export function fillDisk(dir: string, leave = 0): number {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  try {
    for (let size = chunk.length; size > 0; ) {
      try {
        writeSync(fd, chunk, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2);
      }
    }
    const full = fstatSync(fd).size;
    if (leave > 0) ftruncateSync(fd, Math.max(0, full - leave));
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}
