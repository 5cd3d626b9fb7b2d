import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempDir } from '../testing/tempDir';
import { DesignFileError, readDesignFile } from './designFiles';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const sampleText = () => {
  const b = new DesignBuilder('Zürich office');
  b.frontEnd(b.site('Zürich'), 1);
  return serializeDesign(b.design);
};
const failureOf = (path: string) =>
  readDesignFile(path).then(
    () => {
      throw new Error(`${path} was read`);
    },
    (e: unknown) => e as DesignFileError,
  );

describe('readDesignFile refuses what is not a regular file, before reading it', () => {
  it('a FIFO with no writer: refused at once instead of hanging', async () => {
    const path = join(dir.path, 'pipe.lyncplan');
    execFileSync('mkfifo', [path]);
    await expect(readDesignFile(path)).rejects.toThrow(
      `Could not open ${path}: it is not a regular file (a device, a pipe or a socket).`,
    );
  });

  it('/dev/zero: refused without reading an endless stream of zeros', async () => {
    await expect(readDesignFile('/dev/zero')).rejects.toThrow(
      'Could not open /dev/zero: it is not a regular file (a device, a pipe or a socket).',
    );
  });

  it('a folder', async () => {
    const path = join(dir.path, 'folder.lyncplan');
    mkdirSync(path);
    await expect(readDesignFile(path)).rejects.toThrow(`Could not open ${path}: it is a folder, not a file.`);
  });
});

describe('readDesignFile reads UTF-8 only, and says what else it found', () => {
  it('invalid UTF-8 is refused with the offset of the first bad byte, not read as U+FFFD', async () => {
    const text = sampleText();
    const at = Buffer.byteLength(text.slice(0, text.indexOf('ü')), 'utf8');
    // "Zürich" written by a Latin-1 editor: ü is the single byte FC.
    const latin1 = Buffer.concat([Buffer.from(text.slice(0, text.indexOf('ü')), 'utf8'), Buffer.from([0xfc])]);
    const path = join(dir.path, 'latin1.lyncplan');
    writeFileSync(path, Buffer.concat([latin1, Buffer.from(text.slice(text.indexOf('ü') + 1), 'utf8')]));
    const error = await failureOf(path);
    expect(error).toBeInstanceOf(DesignFileError);
    expect(error.kind).toBe('invalid-file');
    expect(error.message).toBe(
      `The file is not UTF-8 at byte ${at.toLocaleString('en-US')} (counted from 0); lyncplan files are UTF-8 text.`,
    );
  });

  it('puts thousands separators in a large offset', async () => {
    const path = join(dir.path, 'late.lyncplan');
    writeFileSync(path, Buffer.concat([Buffer.from(`{"name":"${'a'.repeat(1_300)}`), Buffer.from([0xff])]));
    expect((await failureOf(path)).message).toBe(
      'The file is not UTF-8 at byte 1,309 (counted from 0); lyncplan files are UTF-8 text.',
    );
  });

  it.each([
    ['little-endian with a BOM (Notepad "Unicode")', 'utf16le', true],
    ['big-endian with a BOM', 'utf16be', true],
    ['little-endian without a BOM', 'utf16le', false],
    ['big-endian without a BOM', 'utf16be', false],
  ] as const)('names UTF-16 %s as UTF-16', async (_name, encoding, bom) => {
    const text = `${bom ? '\ufeff' : ''}${sampleText()}`;
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const path = join(dir.path, 'unicode.lyncplan');
    writeFileSync(path, bytes);
    const error = await failureOf(path);
    expect(error.kind).toBe('invalid-file');
    expect(error.message).toBe('The file is saved as UTF-16; lyncplan files are UTF-8. Save it again as UTF-8.');
  });

  it('accepts a UTF-8 byte order mark and reads the same design as without it', async () => {
    const plain = join(dir.path, 'plain.lyncplan');
    const withBom = join(dir.path, 'bom.lyncplan');
    writeFileSync(plain, sampleText());
    writeFileSync(withBom, `\ufeff${sampleText()}`);
    const design = await readDesignFile(withBom);
    expect(design).toEqual(await readDesignFile(plain));
    expect(design.meta.name).toBe('Zürich office');
  });
});
