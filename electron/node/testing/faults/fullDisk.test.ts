import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../../shared/testing/designBuilder';
import { DesignFileError, writeDesignFile } from '../../files/designFiles';
import { dispatch } from '../../ipc/dispatch';
import { createHandlers } from '../../ipc/handlers';
import { LibraryStore } from '../../store/libraryStore';
import { tempDir } from '../tempDir';
import { libraryDesign, saveDesign } from './faultDesigns';
import { fillDisk, mount, probeTmpfs, unmount } from './smallTmpfs';

const tmpfs = probeTmpfs();
if (!tmpfs.ok) console.log(`faults: the full-disk tests are skipped: ${tmpfs.reason}.`);

const info = { host: 'web' as const, version: '0.0.0', documentsDir: '/tmp', pathSeparator: '/' as const };
const small = () => {
  const b = new DesignBuilder('Before the disk filled');
  b.frontEnd(b.site('Dallas'), 2);
  return b.design;
};

/** The 3.6 MB design: larger than the room left in every case. */
const large = saveDesign('new');
let dir: ReturnType<typeof tempDir> | undefined;
let disk = '';
let mounted = false;

describe.skipIf(!tmpfs.ok)('a full disk (a 4 MB tmpfs)', () => {
  beforeAll(() => {
    dir = tempDir('lyncplan-faults-disk-');
    disk = join(dir.path, 'disk');
    mkdirSync(disk);
    const result = mount(disk, '4m');
    if (!result.ok) throw new Error(result.reason);
    mounted = true;
  });
  afterAll(() => {
    if (mounted) unmount(disk);
    dir?.remove();
  });
  beforeEach(() => {
    for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
  });

  it.each([
    ['with no byte left', 0],
    ['with room for a third of the new file', 1_200_000],
  ])(
    'refuses a save %s, naming the full disk; the old file is intact and no temporary file is left',
    async (_, leave) => {
      const path = join(disk, 'plan.lyncplan');
      await writeDesignFile(path, small());
      const before = readFileSync(path);
      fillDisk(disk, leave);

      const error = await writeDesignFile(path, large).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DesignFileError);
      expect((error as DesignFileError).kind).toBe('io');
      expect((error as DesignFileError).message).toBe(
        `Could not save ${path}: the disk is full. Free some space and save again; the previous file is unchanged.`,
      );
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(readdirSync(disk).sort()).toEqual(['filler.bin', 'plan.lyncplan']);
    },
    30_000,
  );

  it('answers a library save on a full disk with an io error naming it; the library stays intact and saves again once there is room', async () => {
    const file = join(disk, 'library.db');
    const store = new LibraryStore(file);
    try {
      const handlers = createHandlers({ store, info });
      const first = await dispatch(handlers, 'library.saveRevision', { design: small() });
      expect(first.ok).toBe(true);
      fillDisk(disk);

      for (const [channel, payload] of [
        ['library.saveRevision', { design: libraryDesign(0) }],
        ['library.autosave', { design: libraryDesign(2) }],
      ] as const) {
        const response = await dispatch(handlers, channel, payload);
        // SQLITE_FULL is an `io` error that names the full disk, as a file save's ENOSPC is.
        expect(response, channel).toEqual({
          ok: false,
          error: {
            code: 'io',
            message:
              'Could not write to the library: the disk is full. Free some space; what was saved before is kept.',
          },
        });
      }

      rmSync(join(disk, 'filler.bin'));
      const again = await dispatch(handlers, 'library.saveRevision', { design: libraryDesign(0) });
      expect(again.ok).toBe(true);
    } finally {
      store.close();
    }
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const contents = (
        db.prepare('SELECT content FROM revisions ORDER BY id').all() as Array<{ content: string }>
      ).map((row) => row.content);
      expect(contents).toEqual([serializeDesign(small()), serializeDesign(libraryDesign(0))]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM drafts').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  }, 30_000);
});
