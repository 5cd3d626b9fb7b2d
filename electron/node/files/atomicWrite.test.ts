import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempDir } from '../testing/tempDir';
import { atomicWrite } from './atomicWrite';
import { DesignFileError, readDesignFile, writeDesignFile } from './designFiles';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const sample = (name = 'Contoso') => {
  const b = new DesignBuilder(name);
  b.frontEnd(b.site('Dallas'), 3);
  return b.design;
};

describe('atomicWrite', () => {
  it('replaces the file with the new bytes and leaves no temporary file', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    writeFileSync(path, 'old');
    await atomicWrite(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir.path)).toEqual(['plan.lyncplan']);
  });

  it('leaves the old file intact when the write fails before the rename (a full disk)', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    writeFileSync(path, 'old contents');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    await expect(
      writeDesignFile(path, sample(), {
        beforeRename: () => {
          throw full;
        },
      }),
    ).rejects.toThrow(
      `Could not save ${path}: the disk is full. Free some space and save again; the previous file is unchanged.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    expect(readdirSync(dir.path)).toEqual(['plan.lyncplan']);
  });

  it('leaves the old file intact when the process is killed before the rename', () => {
    const path = join(dir.path, 'plan.lyncplan');
    writeFileSync(path, 'old contents');
    // The real atomicWrite, bundled for a child process that is killed where the rename would come.
    const bundle = join(dir.path, 'atomic-child.cjs');
    buildSync({
      entryPoints: [join(__dirname, 'atomicWrite.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(bundle)}).atomicWrite(${JSON.stringify(path)}, 'new contents', { beforeRename: () => process.kill(process.pid, 'SIGKILL') })`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(path, 'utf8')).toBe('old contents');
    // The temporary file of the killed write is all that is left, beside the untouched file.
    expect(readdirSync(dir.path).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
  });

  it('refuses to write into a folder that does not exist, with the reason', async () => {
    await expect(writeDesignFile(join(dir.path, 'missing', 'plan.lyncplan'), sample())).rejects.toThrow(
      /the folder does not exist/,
    );
  });
});

describe('readDesignFile / writeDesignFile', () => {
  it('writes the canonical text and reads back the same design', async () => {
    const path = join(dir.path, 'plan.lyncplan');
    const design = sample();
    await writeDesignFile(path, design);
    expect(readFileSync(path, 'utf8')).toBe(serializeDesign(design));
    expect(await readDesignFile(path)).toEqual(design);
  });

  it('says what is wrong with a corrupt file, and where', async () => {
    const path = join(dir.path, 'broken.lyncplan');
    writeFileSync(path, serializeDesign(sample()).slice(0, 120));
    const error = await readDesignFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesignFileError);
    expect((error as DesignFileError).kind).toBe('invalid-file');
    expect((error as DesignFileError).message).toMatch(/^The file is not valid JSON at line \d+, column \d+/);
  });

  it('refuses a file larger than any design before reading it', async () => {
    const path = join(dir.path, 'huge.lyncplan');
    writeFileSync(path, '');
    truncateSync(path, 65 * 1024 * 1024);
    await expect(readDesignFile(path)).rejects.toThrow(/at 65 MB it is larger than any design \(the limit is 64 MB\)/);
  });

  it('says when the file is missing', async () => {
    const path = join(dir.path, 'nope.lyncplan');
    await expect(readDesignFile(path)).rejects.toThrow(`Could not open ${path}: there is no such file.`);
    expect(existsSync(path)).toBe(false);
  });
});
