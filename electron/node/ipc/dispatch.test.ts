import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempLibrary } from '../testing/tempLibrary';
import { dispatch } from './dispatch';
import { createHandlers, type FileDialogs } from './handlers';

const library = tempLibrary();

const info = { host: 'web' as const, version: '0.0.0', documentsDir: '/tmp', pathSeparator: '/' as const };
const design = () => {
  const b = new DesignBuilder('IPC');
  b.frontEnd(b.site('Dallas'), 2);
  return b.design;
};

describe('the contract', () => {
  it('defines exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...channels].sort());
  });
});

describe('dispatch refuses malformed payloads before any service runs', () => {
  const handlers = () => createHandlers({ store: library.store, info });

  it.each([
    [
      'library.load',
      undefined,
      'The library.load request is malformed at (file): Invalid input: expected object, received undefined.',
    ],
    ['library.load', { id: 'not-a-uuid' }, 'The library.load request is malformed at id: expected a design id (UUID).'],
    [
      'library.rename',
      { id: '00000000-0000-4000-8000-000000000001', name: '' },
      'The library.rename request is malformed at name: Too small: expected string to have >=1 characters.',
    ],
    [
      'file.save',
      { design: design(), path: 42 },
      'The file.save request is malformed at path: Invalid input: expected string, received number.',
    ],
  ])('%s with %j', async (channel, payload, message) => {
    const response = await dispatch(handlers(), channel, payload);
    expect(response).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-request', message }) });
  });

  it('refuses a design that breaks the format (a negative user count) and saves nothing', async () => {
    const bad = design();
    bad.userGroups.push({ id: 'g-x', siteId: bad.sites[0]!.id, homePoolId: bad.pools[0]!.id, count: -3 });
    const response = await dispatch(handlers(), 'library.saveRevision', { design: bad });
    expect(response.ok).toBe(false);
    if (!response.ok)
      expect(response.error.message).toBe(
        'The library.saveRevision request is malformed at design.userGroups[0].count: count cannot be negative.',
      );
    expect(library.store.list()).toEqual([]);
  });

  it('refuses an unknown channel, including prototype names', async () => {
    for (const channel of ['library.drop', '__proto__', 'constructor', 'toString']) {
      const response = await dispatch(handlers(), channel, {});
      expect(response).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('answers a valid call with a result the contract accepts', async () => {
    const saved = await dispatch(handlers(), 'library.saveRevision', { design: design() });
    expect(saved.ok).toBe(true);
    const listed = await dispatch(handlers(), 'library.list', {});
    expect(contract['library.list'].result.parse(listed.ok && listed.result)).toHaveLength(1);
  });

  it('reports an invalid file with its place, and a missing design as not found', async () => {
    const path = join(library.folder, 'broken.lyncplan');
    writeFileSync(path, '{"format": "lyncplan", "formatVersion": 1, "meta": {}}');
    const opened = await dispatch(handlers(), 'file.open', { path });
    expect(opened).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', issues: expect.arrayContaining([expect.objectContaining({ path: 'meta.id' })]) },
    });
    const missing = await dispatch(handlers(), 'library.load', { id: '00000000-0000-4000-8000-00000000abcd' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('app.info', () => {
  it('passes on the notice of a library moved aside at start, once there is one, in a result the contract accepts', async () => {
    const notice = 'The design library at /data/library.sqlite was damaged (…), so lyncplan moved it to …';
    const plain = await dispatch(createHandlers({ store: library.store, info }), 'app.info', {});
    const told = await dispatch(
      createHandlers({ store: library.store, info: { ...info, libraryNotice: notice } }),
      'app.info',
      {},
    );

    expect(plain.ok && contract['app.info'].result.parse(plain.result)).not.toHaveProperty('libraryNotice');
    expect(told.ok && contract['app.info'].result.parse(told.result)).toMatchObject({ libraryNotice: notice });
  });
});

describe('preferences', () => {
  it('are written and read back through the contract, answers the contract accepts', async () => {
    const handlers = createHandlers({ store: library.store, info });
    expect(await dispatch(handlers, 'preferences.read', {})).toEqual({ ok: true, result: {} });
    const written = await dispatch(handlers, 'preferences.write', { findingsPanelHeight: 320 });
    expect(written).toEqual({ ok: true, result: { findingsPanelHeight: 320 } });
    await dispatch(handlers, 'preferences.write', { overviewMapVisible: false });
    const read = await dispatch(handlers, 'preferences.read', {});
    expect(contract['preferences.read'].result.parse(read.ok && read.result)).toEqual({
      findingsPanelHeight: 320,
      overviewMapVisible: false,
    });
  });

  it('keep the theme and hand it to the native theme, only when a write names it', async () => {
    const themes: string[] = [];
    const handlers = createHandlers({
      store: library.store,
      info,
      appearance: { themeChanged: (theme) => themes.push(theme) },
    });
    await dispatch(handlers, 'preferences.write', { overviewMapVisible: false });
    expect(await dispatch(handlers, 'preferences.write', { theme: 'dark' })).toEqual({
      ok: true,
      result: { overviewMapVisible: false, theme: 'dark' },
    });
    await dispatch(handlers, 'preferences.write', { theme: 'sepia' });
    expect(themes).toEqual(['dark']);
  });

  it.each([
    [
      undefined,
      'The preferences.write request is malformed at (file): Invalid input: expected object, received undefined.',
    ],
    [
      { findingsPanelHeight: 'tall' },
      'The preferences.write request is malformed at findingsPanelHeight: expected the findings panel height in pixels.',
    ],
    [
      { findingsPanelHeight: 20 },
      'The preferences.write request is malformed at findingsPanelHeight: expected the findings panel height from 96 to 4000 pixels.',
    ],
    [
      { findingsPanelHeight: 1e9 },
      'The preferences.write request is malformed at findingsPanelHeight: expected the findings panel height from 96 to 4000 pixels.',
    ],
    [
      { findingsPanelHeight: 250.5 },
      'The preferences.write request is malformed at findingsPanelHeight: expected the findings panel height in whole pixels.',
    ],
    [
      { overviewMapVisible: 'no' },
      'The preferences.write request is malformed at overviewMapVisible: expected true or false.',
    ],
    [{ colours: 'dark' }, 'The preferences.write request is malformed at (file): Unrecognized key: "colours".'],
    [
      { theme: 'sepia' },
      'The preferences.write request is malformed at theme: expected the theme system, light or dark.',
    ],
  ])('refuses to write %j, and keeps what was there', async (payload, message) => {
    const handlers = createHandlers({ store: library.store, info });
    await dispatch(handlers, 'preferences.write', { findingsPanelHeight: 300 });
    const response = await dispatch(handlers, 'preferences.write', payload);
    expect(response).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-request', message }) });
    expect(await dispatch(handlers, 'preferences.read', {})).toEqual({
      ok: true,
      result: { findingsPanelHeight: 300 },
    });
  });
});

describe('file paths in Electron come from the user', () => {
  const chosen = () => join(library.folder, 'chosen.lyncplan');
  const dialogs: FileDialogs = {
    chooseSavePath: async () => chosen(),
    chooseOpenPath: async () => chosen(),
    chooseExportPath: async (_name, extension) => join(library.folder, `export.${extension}`),
  };

  it('refuses a path the renderer names on its own, and accepts one the user chose', async () => {
    const handlers = createHandlers({ store: library.store, info: { ...info, host: 'electron' }, dialogs });
    const sneaky = await dispatch(handlers, 'file.save', {
      design: design(),
      path: join(library.folder, 'elsewhere.lyncplan'),
    });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const saveAs = await dispatch(handlers, 'file.saveAs', { design: design(), path: '/etc/passwd' });
    expect(saveAs).toEqual({ ok: true, result: { path: chosen() } });
    const save = await dispatch(handlers, 'file.save', { design: design(), path: chosen() });
    expect(save).toEqual({ ok: true, result: { path: chosen() } });
  });
});

describe("a design's file, remembered by the library", () => {
  const dialogs = (path: string): FileDialogs => ({
    chooseSavePath: async () => path,
    chooseOpenPath: async () => path,
    chooseExportPath: async () => null,
  });

  it('is given back with the design, so Save writes the file again after the design is reopened', async () => {
    const handlers = createHandlers({ store: library.store, info });
    const planned = design();
    const path = join(library.folder, 'planned.lyncplan');
    expect(await dispatch(handlers, 'library.saveRevision', { design: planned, filePath: path })).toMatchObject({
      ok: true,
    });
    const loaded = await dispatch(handlers, 'library.load', { id: planned.meta.id });
    expect(loaded).toMatchObject({ ok: true, result: { filePath: path } });
    const listed = await dispatch(handlers, 'library.list', {});
    expect(listed).toMatchObject({ ok: true, result: [{ id: planned.meta.id, filePath: path }] });
  });

  it('in Electron, only a file the user chose: a renderer cannot plant a path, and a remembered one may be written', async () => {
    const chosen = join(library.folder, 'chosen.lyncplan');
    const electron = { ...info, host: 'electron' as const };
    const handlers = createHandlers({ store: library.store, info: electron, dialogs: dialogs(chosen) });
    const planned = design();
    const planted = await dispatch(handlers, 'library.autosave', { design: planned, filePath: '/etc/cron.d/x' });
    expect(planted).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(library.store.filePathOf(planned.meta.id)).toBeNull();
    await dispatch(handlers, 'file.saveAs', { design: planned });
    expect(await dispatch(handlers, 'library.saveRevision', { design: planned, filePath: chosen })).toMatchObject({
      ok: true,
    });
    // A later session (nothing chosen yet) may write the file the library remembers for the design.
    const elsewhere = join(library.folder, 'remembered.lyncplan');
    library.store.saveRevision(planned, { filePath: elsewhere });
    const nextSession = createHandlers({ store: library.store, info: electron, dialogs: dialogs(chosen) });
    expect(await dispatch(nextSession, 'file.save', { design: planned, path: elsewhere })).toEqual({
      ok: true,
      result: { path: elsewhere },
    });
  });
});

describe("a design's saved revisions", () => {
  it('are listed newest first and loaded one by one, answers the contract accepts', async () => {
    const handlers = createHandlers({ store: library.store, info });
    const first = design();
    const second = { ...first, meta: { ...first.meta, name: 'IPC renamed' } };
    await dispatch(handlers, 'library.saveRevision', { design: first });
    await dispatch(handlers, 'library.saveRevision', { design: second, label: 'Renamed' });
    const listed = await dispatch(handlers, 'library.revisions', { id: first.meta.id });
    expect(listed.ok).toBe(true);
    const revisions = contract['library.revisions'].result.parse(listed.ok && listed.result);
    expect(revisions.map((r) => [r.revision, r.number, r.name, r.label])).toEqual([
      [2, 2, 'IPC renamed', 'Renamed'],
      [1, 1, 'IPC', null],
    ]);
    const loaded = await dispatch(handlers, 'library.loadRevision', { id: first.meta.id, revision: 1 });
    expect(contract['library.loadRevision'].result.parse(loaded.ok && loaded.result).design).toEqual(first);
  });

  it.each([
    [
      { id: 'not-a-uuid', revision: 1 },
      'The library.loadRevision request is malformed at id: expected a design id (UUID).',
    ],
    [
      { id: '00000000-0000-4000-8000-000000000001', revision: 0 },
      'The library.loadRevision request is malformed at revision: expected a revision number.',
    ],
    [
      { id: '00000000-0000-4000-8000-000000000001', revision: 1.5 },
      'The library.loadRevision request is malformed at revision: Invalid input: expected int, received number.',
    ],
    [
      { id: '00000000-0000-4000-8000-000000000001' },
      'The library.loadRevision request is malformed at revision: Invalid input: expected number, received undefined.',
    ],
  ])('refuses to load a revision with %j', async (payload, message) => {
    const response = await dispatch(createHandlers({ store: library.store, info }), 'library.loadRevision', payload);
    expect(response).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-request', message }) });
  });

  it('refuses to list the revisions of something that is not a design id', async () => {
    const response = await dispatch(createHandlers({ store: library.store, info }), 'library.revisions', { id: 42 });
    expect(response).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('answers a revision the library does not hold as not found', async () => {
    const handlers = createHandlers({ store: library.store, info });
    await dispatch(handlers, 'library.saveRevision', { design: design() });
    expect(await dispatch(handlers, 'library.loadRevision', { id: design().meta.id, revision: 7 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That revision is no longer in the library.' },
    });
  });
});

describe('exports and printing', () => {
  it("writes a PNG (base64), a CSV and a Markdown file (text) where the web host's user said, adding the extension", async () => {
    const handlers = createHandlers({ store: library.store, info });
    const png = await dispatch(handlers, 'export.save', {
      kind: 'png',
      suggestedName: 'x.png',
      path: join(library.folder, 'diagram'),
      content: { encoding: 'base64', data: Buffer.from([137, 80, 78, 71]).toString('base64') },
    });
    expect(png).toEqual({ ok: true, result: { path: join(library.folder, 'diagram.png') } });
    expect([...readFileSync(join(library.folder, 'diagram.png'))]).toEqual([137, 80, 78, 71]);
    const csv = await dispatch(handlers, 'export.save', {
      kind: 'csv',
      suggestedName: 'bom.csv',
      path: join(library.folder, 'bom.csv'),
      content: { encoding: 'utf8', text: 'Site,Role\r\n' },
    });
    expect(csv).toEqual({ ok: true, result: { path: join(library.folder, 'bom.csv') } });
    expect(readFileSync(join(library.folder, 'bom.csv'), 'utf8')).toBe('Site,Role\r\n');
    const markdown = await dispatch(handlers, 'export.save', {
      kind: 'md',
      suggestedName: 'runbook.md',
      path: join(library.folder, 'runbook'),
      content: { encoding: 'utf8', text: '# Fabrikam\n' },
    });
    expect(markdown).toEqual({ ok: true, result: { path: join(library.folder, 'runbook.md') } });
    expect(readFileSync(join(library.folder, 'runbook.md'), 'utf8')).toBe('# Fabrikam\n');
  });

  it('refuses data that is not base64, and a path in a folder that does not exist, with a message', async () => {
    const handlers = createHandlers({ store: library.store, info });
    const bad = await dispatch(handlers, 'export.save', {
      kind: 'png',
      suggestedName: 'x.png',
      path: join(library.folder, 'x.png'),
      content: { encoding: 'base64', data: '<svg>' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const missing = await dispatch(handlers, 'export.save', {
      kind: 'svg',
      suggestedName: 'x.svg',
      path: join(library.folder, 'no', 'such', 'x.svg'),
      content: { encoding: 'utf8', text: '<svg/>' },
    });
    expect(missing).toMatchObject({ ok: false, error: { message: expect.stringContaining('x.svg') } });
  });

  it('prints to PDF in the desktop host (written atomically where the user chose) and explains the browser way in the web host', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 test');
    const pages: unknown[] = [];
    const printer = {
      toPdf: async (page: unknown) => {
        pages.push(page);
        return pdf;
      },
      print: async () => true,
    };
    const dialogs: FileDialogs = {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseExportPath: async (_name, extension) => join(library.folder, `export.${extension}`),
    };
    const desktop = createHandlers({ store: library.store, info: { ...info, host: 'electron' }, dialogs, printer });
    const result = await dispatch(desktop, 'print.pdf', {
      suggestedName: 'Plan.pdf',
      page: { widthMm: 297, heightMm: 210 },
    });
    expect(result).toEqual({ ok: true, result: { path: join(library.folder, 'export.pdf'), bytes: pdf.byteLength } });
    expect(readFileSync(join(library.folder, 'export.pdf'), 'utf8')).toBe('%PDF-1.7 test');
    expect(pages).toEqual([{ widthMm: 297, heightMm: 210 }]);
    const web = await dispatch(createHandlers({ store: library.store, info }), 'print.pdf', {
      suggestedName: 'Plan.pdf',
      page: { widthMm: 297, heightMm: 210 },
    });
    expect(web).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message: 'Export PDF runs in the desktop app. In a browser, use Print and choose "Save as PDF".',
      },
    });
  });

  it("answers a request to print in the web host as unsupported, pointing to the browser's own Print", async () => {
    const web = await dispatch(createHandlers({ store: library.store, info }), 'print.print', {
      page: { widthMm: 297, heightMm: 210 },
    });
    expect(web).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message: "In a browser, print with the browser's own Print command (the preview sets it up).",
      },
    });
  });
});

describe('shell.openSource', () => {
  const source = 'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)';
  const desktop = (opened: string[]) =>
    createHandlers({
      store: library.store,
      info: { ...info, host: 'electron' },
      opener: {
        open: async (url) => {
          opened.push(url);
        },
      },
    });

  it('opens a source page in the system browser in the desktop host, normalised', async () => {
    const opened: string[] = [];
    const response = await dispatch(desktop(opened), 'shell.openSource', { url: source.replace('technet', 'TECHNET') });
    expect(response).toEqual({ ok: true, result: { opened: true } });
    expect(opened).toEqual([source]);
  });

  it('refuses any other address as forbidden and opens nothing', async () => {
    const opened: string[] = [];
    for (const url of ['https://example.com/', 'http://technet.microsoft.com/', 'file:///etc/passwd', 'javascript:1']) {
      const response = await dispatch(desktop(opened), 'shell.openSource', { url });
      expect(response).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'lyncplan opens only the TechNet pages its findings cite.' },
      });
    }
    const malformed = await dispatch(desktop(opened), 'shell.openSource', { url: 42 });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(opened).toEqual([]);
  });

  it('answers the web host as unsupported: the page opens its own links there', async () => {
    const response = await dispatch(createHandlers({ store: library.store, info }), 'shell.openSource', {
      url: source,
    });
    expect(response).toEqual({
      ok: false,
      error: { code: 'unsupported', message: 'In a browser, a source link opens in a new tab of its own.' },
    });
  });
});

describe('error codes', () => {
  const missingId = '00000000-0000-4000-8000-00000000abcd';

  it('answers a design that is not in the library as not-found, whether loaded, renamed or duplicated', async () => {
    const handlers = createHandlers({ store: library.store, info });
    expect(await dispatch(handlers, 'library.load', { id: missingId })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That design is no longer in the library.' },
    });
    for (const [channel, payload] of [
      ['library.rename', { id: missingId, name: 'Renamed' }],
      ['library.duplicate', { id: missingId, newId: '00000000-0000-4000-8000-00000000abce' }],
    ] as const) {
      expect(await dispatch(handlers, channel, payload)).toEqual({
        ok: false,
        error: { code: 'not-found', message: `No design ${missingId} in the library.` },
      });
    }
  });

  it('answers any other failure of a service as internal, a RangeError included', async () => {
    const handlers = {
      ...createHandlers({ store: library.store, info }),
      'library.list': () => {
        throw new RangeError('Invalid array length');
      },
    };
    expect(await dispatch(handlers, 'library.list', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong on the lyncplan side: Invalid array length' },
    });
  });
});
