import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempDir } from '../testing/tempDir';
import { atomicWrite } from './atomicWrite';
import { writeDesignFile } from './designFiles';
import { resolveWriteTarget } from './writeTarget';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const modeOf = (path: string) => statSync(path).mode & 0o777;
const sample = () => {
  const b = new DesignBuilder('Contoso');
  b.frontEnd(b.site('Dallas'), 1);
  return b.design;
};

describe('atomicWrite keeps what the file was', () => {
  it('keeps a 0600 file at 0600', async () => {
    const path = join(dir.path, 'secret.lyncplan');
    writeFileSync(path, 'old');
    chmodSync(path, 0o600);
    await atomicWrite(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(modeOf(path)).toBe(0o600);
  });

  it('keeps a group-writable 0664 file at 0664, whatever the umask', async () => {
    const path = join(dir.path, 'shared.lyncplan');
    writeFileSync(path, 'old');
    chmodSync(path, 0o664);
    await atomicWrite(path, 'new');
    expect(modeOf(path)).toBe(0o664);
  });

  it('gives a new file 0644 less the umask, as before', async () => {
    const path = join(dir.path, 'new.lyncplan');
    await atomicWrite(path, 'new');
    expect(modeOf(path)).toBe(0o644 & ~process.umask());
  });

  it('refuses a read-only file with the reason and leaves it unchanged (mode bits decide, even for root)', async () => {
    const path = join(dir.path, 'frozen.lyncplan');
    writeFileSync(path, 'old contents');
    chmodSync(path, 0o444);
    await expect(writeDesignFile(path, sample())).rejects.toThrow(
      `Could not save ${path}: the file is read-only. Make it writable or save under another name; the file is unchanged.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    expect(modeOf(path)).toBe(0o444);
    expect(readdirSync(dir.path)).toEqual(['frozen.lyncplan']);
  });

  it('writes through a symlink to its target: the link stays a link, the temp file goes beside the target', async () => {
    const targets = join(dir.path, 'real');
    const links = join(dir.path, 'links');
    mkdirSync(targets);
    mkdirSync(links);
    const target = join(targets, 'plan.lyncplan');
    const link = join(links, 'plan.lyncplan');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    symlinkSync('../real/plan.lyncplan', link);
    const seen: string[] = [];
    await atomicWrite(link, 'new', { beforeRename: (temp) => void seen.push(temp) });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../real/plan.lyncplan');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(modeOf(target)).toBe(0o640);
    expect(seen[0]?.startsWith(join(targets, '.plan.lyncplan.'))).toBe(true);
    expect(readdirSync(targets)).toEqual(['plan.lyncplan']);
    expect(readdirSync(links)).toEqual(['plan.lyncplan']);
  });

  it('follows a chain of links, and a dangling link creates its target', async () => {
    const target = join(dir.path, 'target.lyncplan');
    symlinkSync('target.lyncplan', join(dir.path, 'one.lyncplan'));
    symlinkSync('one.lyncplan', join(dir.path, 'two.lyncplan'));
    await atomicWrite(join(dir.path, 'two.lyncplan'), 'first');
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(lstatSync(join(dir.path, 'two.lyncplan')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir.path, 'one.lyncplan')).isSymbolicLink()).toBe(true);
  });

  it('refuses a loop of links', async () => {
    symlinkSync('b.lyncplan', join(dir.path, 'a.lyncplan'));
    symlinkSync('a.lyncplan', join(dir.path, 'b.lyncplan'));
    const path = join(dir.path, 'a.lyncplan');
    await expect(writeDesignFile(path, sample())).rejects.toThrow(
      `Could not save ${path}: its symbolic links point in a loop.`,
    );
  });

  it('keeps a hard link: both names show the new bytes, on the same inode', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    const other = join(dir.path, 'copy.lyncplan');
    writeFileSync(path, 'a longer old content than the new one');
    linkSync(path, other);
    await atomicWrite(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readFileSync(other, 'utf8')).toBe('new');
    expect(statSync(path).ino).toBe(statSync(other).ino);
    expect(statSync(path).nlink).toBe(2);
    expect(readdirSync(dir.path).sort()).toEqual(['copy.lyncplan', 'plan.lyncplan']);
  });
});

describe('atomicWrite replaces only a regular file', () => {
  it('refuses a folder', async () => {
    const path = join(dir.path, 'folder.lyncplan');
    mkdirSync(path);
    await expect(writeDesignFile(path, sample())).rejects.toThrow(
      `Could not save ${path}: it is a folder, not a file.`,
    );
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it('refuses a FIFO without opening it (which would hang)', async () => {
    const path = join(dir.path, 'pipe.lyncplan');
    execFileSync('mkfifo', [path]);
    await expect(writeDesignFile(path, sample())).rejects.toThrow(
      `Could not save ${path}: it is not a regular file (a device, a pipe or a socket).`,
    );
    expect(statSync(path).isFIFO()).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['pipe.lyncplan']);
  });

  // Never aim a save at /dev/null itself: run as root, a regression would replace the machine's /dev/null with a
  // regular file (this test once did). Through a link a regression replaces only the link; the check is read-only.
  it('refuses /dev/null through a link, and leaves the link and the device as they were', async () => {
    await expect(resolveWriteTarget('/dev/null')).rejects.toMatchObject({ code: 'ENOTREGULAR' });
    const link = join(dir.path, 'null.lyncplan');
    symlinkSync('/dev/null', link);
    await expect(writeDesignFile(link, sample())).rejects.toThrow(
      `Could not save ${link}: it is not a regular file (a device, a pipe or a socket).`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
