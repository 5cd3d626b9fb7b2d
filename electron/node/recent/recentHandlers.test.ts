import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { writeDesignFile } from '../files/designFiles';
import { dispatch } from '../ipc/dispatch';
import { createHandlers, type FileDialogs } from '../ipc/handlers';
import { tempLibrary } from '../testing/tempLibrary';
import type { FileUse } from './fileUse';

const library = tempLibrary('lyncplan-recent-ipc-');

const web = { host: 'web' as const, version: '0.0.0', documentsDir: '/tmp', pathSeparator: '/' as const };
const electron = { ...web, host: 'electron' as const };
const design = (name: string) => new DesignBuilder(name).design;
const noDialogs: FileDialogs = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  chooseExportPath: async () => null,
};

describe('recent.list and recent.remove', () => {
  it('lists a recent file that has gone as missing, with what the contract promises, until it is removed', async () => {
    const handlers = createHandlers({ store: library.store, info: web });
    const kept = join(library.folder, 'kept.lyncplan');
    const gone = join(library.folder, 'gone.lyncplan');
    await dispatch(handlers, 'file.saveAs', { design: design('Gone'), path: gone });
    await dispatch(handlers, 'file.saveAs', { design: design('Kept'), path: kept });
    rmSync(gone);
    const listed = await dispatch(handlers, 'recent.list', {});
    const files = contract['recent.list'].result.parse(listed.ok && listed.result);
    expect(files.map(({ name, missing }) => [name, missing])).toEqual([
      ['Kept', false],
      ['Gone', true],
    ]);
    const removed = await dispatch(handlers, 'recent.remove', { path: gone });
    expect(removed).toMatchObject({ ok: true, result: [{ name: 'Kept', missing: false }] });
    expect(library.store.recentFiles().map((file) => file.name)).toEqual(['Kept']);
  });

  it('tells the host each file opened, saved or exported, and when the recent list changed', async () => {
    const used: Array<[string, FileUse]> = [];
    let changes = 0;
    const handlers = createHandlers({
      store: library.store,
      info: web,
      fileUse: { fileUsed: (path, use) => used.push([path, use]), recentChanged: () => changes++ },
    });
    const path = join(library.folder, 'plan.lyncplan');
    await dispatch(handlers, 'file.saveAs', { design: design('Plan'), path });
    await dispatch(handlers, 'file.open', { path });
    const csv = join(library.folder, 'servers.csv');
    await dispatch(handlers, 'export.save', {
      kind: 'csv',
      suggestedName: 'servers.csv',
      path: csv,
      content: { encoding: 'utf8', text: 'a,b' },
    });
    await dispatch(handlers, 'recent.remove', { path });
    expect(used).toEqual([
      [path, 'saved'],
      [path, 'opened'],
      [csv, 'exported'],
    ]);
    expect(changes).toBe(3);
  });
});

describe('a document the OS handed over', () => {
  it('opens in Electron once the host has granted its path, and not before', async () => {
    const path = join(library.folder, 'from-finder.lyncplan');
    await writeDesignFile(path, design('From Finder'));
    const handlers = createHandlers({ store: library.store, info: electron, dialogs: noDialogs });
    expect(await dispatch(handlers, 'file.open', { path })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    handlers.grantPath(path);
    expect(await dispatch(handlers, 'file.open', { path })).toMatchObject({
      ok: true,
      result: { path, design: { meta: { name: 'From Finder' } } },
    });
  });
});
