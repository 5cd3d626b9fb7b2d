import {
  promises as fsp,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { atomicWrite } from './atomicWrite';
import { STALE_TEMP_AGE_MS } from './tempFiles';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  vi.restoreAllMocks();
  dir.remove();
});

/** FileHandle is not exported by node:fs; its prototype is reached through a handle. */
async function fileHandlePrototype() {
  const handle = await fsp.open(join(dir.path, 'probe'), 'w');
  const proto = Object.getPrototypeOf(handle);
  await handle.close();
  await fsp.rm(join(dir.path, 'probe'));
  return proto as { writeFile: () => Promise<void>; sync: () => Promise<void> };
}

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('atomicWrite removes its temporary file on every failure path', () => {
  const cases: [string, () => Promise<void>][] = [
    [
      'the write fails (a full disk)',
      async () => {
        vi.spyOn(await fileHandlePrototype(), 'writeFile').mockRejectedValue(failure('ENOSPC'));
      },
    ],
    [
      'the sync fails (an I/O error)',
      async () => {
        vi.spyOn(await fileHandlePrototype(), 'sync').mockRejectedValue(failure('EIO'));
      },
    ],
    [
      'the rename fails',
      async () => {
        vi.spyOn(fsp, 'rename').mockRejectedValue(failure('EXDEV'));
      },
    ],
  ];
  for (const [when, breakIt] of cases) {
    it(`when ${when}: the old file intact, no temporary file left`, async () => {
      const path = join(dir.path, 'plan.lyncplan');
      writeFileSync(path, 'old contents');
      await breakIt();
      await expect(atomicWrite(path, 'new contents')).rejects.toThrow();
      vi.restoreAllMocks();
      expect(readFileSync(path, 'utf8')).toBe('old contents');
      expect(readdirSync(dir.path)).toEqual(['plan.lyncplan']);
    });
  }

  it('when the hook throws: the old file intact, no temporary file left', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    writeFileSync(path, 'old contents');
    await expect(
      atomicWrite(path, 'new', {
        beforeRename: () => {
          throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    expect(readdirSync(dir.path)).toEqual(['plan.lyncplan']);
  });

  it('a hard-linked file whose in-place write fails still gets the whole new file, by rename', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    writeFileSync(path, 'old contents');
    linkSync(path, join(dir.path, 'other.lyncplan'));
    const proto = await fileHandlePrototype();
    const real = proto.writeFile;
    let calls = 0;
    // The first writeFile fills the temporary file; the second, in place, fails as a full disk would.
    vi.spyOn(proto, 'writeFile').mockImplementation(function (this: unknown, ...args: unknown[]) {
      calls += 1;
      if (calls === 2) return Promise.reject(failure('ENOSPC'));
      return (real as (...a: unknown[]) => Promise<void>).apply(this, args);
    });
    await atomicWrite(path, 'new contents');
    vi.restoreAllMocks();
    expect(readFileSync(path, 'utf8')).toBe('new contents');
    expect(statSync(path).nlink).toBe(1);
    expect(readdirSync(dir.path).sort()).toEqual(['other.lyncplan', 'plan.lyncplan']);
  });
});

describe('atomicWrite clears the stale temporary files of killed saves in the folder', () => {
  const old = (path: string) => {
    const then = (Date.now() - STALE_TEMP_AGE_MS - 5_000) / 1000;
    utimesSync(path, then, then);
  };

  it('removes ours older than a minute, keeps a young one and files that only look alike', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    writeFileSync(path, 'old');
    const stale = ['.plan.lyncplan.0123456789ab.tmp', '.other.lyncplan.ba9876543210.tmp'];
    const kept = [
      '.plan.lyncplan.fedcba987654.tmp', // young: a save that may still be running
      '.plan.lyncplan.xyz.tmp', // not six random bytes
      'plan.lyncplan.0123456789ab.tmp', // not hidden
      '.notes.0123456789AB.tmp', // upper case: not our hex
      'draft.tmp',
    ];
    for (const name of [...stale, ...kept]) writeFileSync(join(dir.path, name), 'x');
    for (const name of [...stale, ...kept.slice(1)]) old(join(dir.path, name));
    await atomicWrite(path, 'new');
    expect(readdirSync(dir.path).sort()).toEqual([...kept, 'plan.lyncplan'].sort());
  });

  it('clears them beside a symlink’s target, where its temporary files go', async () => {
    mkdirSync(join(dir.path, 'real'));
    writeFileSync(join(dir.path, 'real', 'plan.lyncplan'), 'old');
    symlinkSync('real/plan.lyncplan', join(dir.path, 'plan.lyncplan'));
    const leftover = join(dir.path, 'real', '.plan.lyncplan.00000000aaaa.tmp');
    writeFileSync(leftover, 'torn');
    old(leftover);
    await atomicWrite(join(dir.path, 'plan.lyncplan'), 'new');
    expect(readdirSync(join(dir.path, 'real'))).toEqual(['plan.lyncplan']);
  });
});
