import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { FolderPolicy } from '../ipc/folderPolicy';
import { createHandlers } from '../ipc/handlers';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from '../testing/tempDir';

// The attacks of issue 14 on the web host's file channels, through the handlers as `npm run web` builds them.
let dir: ReturnType<typeof tempDir>;
let store: LibraryStore;
let files: string;
let handlers: Handlers;

beforeEach(async () => {
  dir = tempDir();
  store = new LibraryStore(join(dir.path, 'library.sqlite'));
  const filesFolder = await FolderPolicy.create(join(dir.path, 'files'));
  files = filesFolder.folder;
  handlers = createHandlers({
    store,
    info: { host: 'web', version: '0.0.0', documentsDir: files, pathSeparator: '/' },
    filesFolder,
  });
});
afterEach(() => {
  store.close();
  dir.remove();
});

const design = () => {
  const b = new DesignBuilder('Web files');
  b.frontEnd(b.site('Dallas'), 2);
  return b.design;
};
const forbidden = { ok: false, error: { code: 'forbidden' } };

describe('the web host reads and writes files only in its files folder', () => {
  it('refuses to read /etc/passwd through file.open', async () => {
    const response = await dispatch(handlers, 'file.open', { path: '/etc/passwd' });
    expect(response).toMatchObject(forbidden);
    expect(JSON.stringify(response)).not.toContain('root:');
  });

  it('refuses to overwrite a file outside the folder through file.save, extension or not', async () => {
    const victim = join(dir.path, 'victim');
    writeFileSync(victim, 'keep me');
    for (const path of [victim, `${victim}.lyncplan`, '../victim'])
      expect(await dispatch(handlers, 'file.save', { design: design(), path })).toMatchObject(forbidden);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(existsSync(`${victim}.lyncplan`)).toBe(false);
  });

  it('writes a relative path inside the folder, not the host’s working directory, adding .lyncplan', async () => {
    const saved = await dispatch(handlers, 'file.save', { design: design(), path: 'package.json' });
    expect(saved).toEqual({ ok: true, result: { path: join(files, 'package.json.lyncplan') } });
    const savedAs = await dispatch(handlers, 'file.saveAs', { design: design(), path: 'dallas' });
    expect(savedAs).toEqual({ ok: true, result: { path: join(files, 'dallas.lyncplan') } });
    const opened = await dispatch(handlers, 'file.open', { path: 'dallas.lyncplan' });
    expect(opened).toMatchObject({ ok: true, result: { path: join(files, 'dallas.lyncplan') } });
  });

  // Not /dev/null itself: run as root against a broken policy, this test would replace it (the attack).
  // A FIFO stands in for the device; FolderPolicy's own test checks that /dev/null is refused before any write.
  it('never replaces a non-regular file (a FIFO, as /dev/null was), directly or through a link', async () => {
    const fifo = join(dir.path, 'device');
    execFileSync('mkfifo', [fifo]);
    execFileSync('mkfifo', [join(files, 'pipe.lyncplan')]);
    execFileSync('mkfifo', [join(files, 'pipe.csv')]);
    symlinkSync(fifo, join(files, 'link.lyncplan'));
    symlinkSync(fifo, join(files, 'link.csv'));
    for (const path of [fifo, join(files, 'link.lyncplan'), 'pipe.lyncplan']) {
      expect(await dispatch(handlers, 'file.save', { design: design(), path })).toMatchObject(forbidden);
      expect(await dispatch(handlers, 'file.saveAs', { design: design(), path })).toMatchObject(forbidden);
    }
    for (const path of [fifo, join(files, 'link.csv'), 'pipe.csv']) {
      const exported = await dispatch(handlers, 'export.save', {
        kind: 'csv',
        suggestedName: 'x.csv',
        path,
        content: { encoding: 'utf8', text: 'a,b' },
      });
      expect(exported).toMatchObject(forbidden);
    }
    for (const path of [fifo, join(files, 'pipe.lyncplan'), join(files, 'pipe.csv')])
      expect(statSync(path).isFIFO()).toBe(true);
  });

  it('writes an export only in the folder, with its kind’s extension added when missing', async () => {
    const csv = (path: string) =>
      dispatch(handlers, 'export.save', {
        kind: 'csv',
        suggestedName: 'bom.csv',
        path,
        content: { encoding: 'utf8', text: 'a,b' },
      });
    expect(await csv('bom')).toEqual({ ok: true, result: { path: join(files, 'bom.csv') } });
    expect(await csv('bom.txt')).toEqual({ ok: true, result: { path: join(files, 'bom.txt.csv') } });
    expect(await csv(join(dir.path, 'bom.csv'))).toMatchObject(forbidden);
    expect(existsSync(join(dir.path, 'bom.csv'))).toBe(false);
  });

  it('opens a design that is a link to another design in the folder, and refuses one that leads out', async () => {
    writeFileSync(join(dir.path, 'outside.lyncplan'), serializeDesign(design()));
    symlinkSync(join(dir.path, 'outside.lyncplan'), join(files, 'escape.lyncplan'));
    expect(await dispatch(handlers, 'file.open', { path: 'escape.lyncplan' })).toMatchObject(forbidden);
    writeFileSync(join(files, 'inside.lyncplan'), serializeDesign(design()));
    symlinkSync(join(files, 'inside.lyncplan'), join(files, 'alias.lyncplan'));
    expect(await dispatch(handlers, 'file.open', { path: 'alias.lyncplan' })).toMatchObject({ ok: true });
  });
});
