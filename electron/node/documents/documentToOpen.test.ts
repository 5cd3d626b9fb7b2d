import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { documentsToOpen, documentToOpen, isDesignFile, type PathKind } from './documentToOpen';

let folder: { path: string; remove: () => void };
let plan: string;
beforeEach(() => {
  folder = tempDir('lyncplan-argv-');
  plan = join(folder.path, 'Contoso EMEA.lyncplan');
  writeFileSync(plan, '{}');
});
afterEach(() => folder.remove());

const linux = (argv: string[], cwd = folder.path) => documentsToOpen({ argv, cwd, platform: 'linux' });

describe('documentsToOpen', () => {
  it('finds the design after Chromium and Electron flags, never by its index', () => {
    const packaged = ['/opt/lyncplan/lyncplan', '--no-sandbox', '--enable-logging=file', plan];
    const dev = ['/repo/node_modules/electron/dist/electron', '.', '--inspect=9229', plan];
    const secondInstance = [
      '/opt/lyncplan/lyncplan',
      plan,
      '--allow-file-access-from-files',
      '--original-process-start-time=1',
    ];
    for (const argv of [packaged, dev, secondInstance]) expect(linux(argv)).toEqual([plan]);
  });

  it('skips the executable, `.` and the app folder, and answers nothing when no design is named', () => {
    expect(linux(['/opt/lyncplan/lyncplan', '.', folder.path, 'dist/electron/main.cjs'])).toEqual([]);
    expect(documentToOpen({ argv: ['/opt/lyncplan/lyncplan'], cwd: folder.path, platform: 'linux' })).toBeUndefined();
  });

  it('resolves a relative path against the cwd it is given (a second instance’s own working directory)', () => {
    mkdirSync(join(folder.path, 'plans'));
    writeFileSync(join(folder.path, 'plans', 'site.lyncplan'), '{}');
    expect(linux(['lyncplan', 'site.lyncplan'], join(folder.path, 'plans'))).toEqual([
      join(folder.path, 'plans', 'site.lyncplan'),
    ]);
    expect(linux(['lyncplan', 'plans/site.lyncplan'])).toEqual([join(folder.path, 'plans', 'site.lyncplan')]);
    // The same name from another folder is not there.
    expect(linux(['lyncplan', 'site.lyncplan'])).toEqual([]);
  });

  it('opens a file:// URL as the file it names, spaces included', () => {
    expect(linux(['lyncplan', pathToFileURL(plan).href])).toEqual([plan]);
    expect(linux(['lyncplan', 'https://example.com/x.lyncplan', 'lyncplan://open/x.lyncplan'])).toEqual([]);
  });

  it('refuses what is not a real .lyncplan file: gone, a folder named like one, another extension', () => {
    mkdirSync(join(folder.path, 'folder.lyncplan'));
    writeFileSync(join(folder.path, 'notes.txt'), 'x');
    writeFileSync(join(folder.path, 'plan.lyncplan.bak'), '{}');
    const argv = ['lyncplan', 'gone.lyncplan', 'folder.lyncplan', 'notes.txt', 'plan.lyncplan.bak', '/dev/null'];
    expect(linux(argv)).toEqual([]);
  });

  it('follows a symlink to a design, and names each file once', () => {
    const link = join(folder.path, 'link.lyncplan');
    symlinkSync(plan, link);
    expect(linux(['lyncplan', plan, 'Contoso EMEA.lyncplan', link])).toEqual([plan, link]);
  });

  it('takes `.LYNCPLAN` on Windows and macOS, where the file system ignores case, but not on Linux', () => {
    const upper = join(folder.path, 'UPPER.LYNCPLAN');
    writeFileSync(upper, '{}');
    expect(linux(['lyncplan', upper])).toEqual([]);
    expect(documentsToOpen({ argv: ['lyncplan', upper], cwd: '/', platform: 'darwin' })).toEqual([upper]);
  });

  it('reads Windows paths on win32: drive letters, backslashes, a relative path against the drive cwd, file:///C:/', () => {
    // NTFS ignores case: the same file answers under any spelling.
    const files = new Set(['c:\\users\\ana\\plans\\contoso.lyncplan', 'd:\\share\\fabrikam.lyncplan']);
    const kindOf = (path: string): PathKind => (files.has(path.toLowerCase()) ? 'file' : 'missing');
    const argv = [
      'C:\\Program Files\\lyncplan\\lyncplan.exe',
      '--allow-file-access-from-files',
      'Plans\\Contoso.lyncplan',
      'file:///D:/Share/Fabrikam.LyncPlan',
      'c:\\users\\ana\\plans\\contoso.lyncplan',
    ];
    expect(documentsToOpen({ argv, cwd: 'C:\\Users\\ana', platform: 'win32', kindOf })).toEqual([
      'C:\\Users\\ana\\Plans\\Contoso.lyncplan',
      'D:\\Share\\Fabrikam.LyncPlan',
    ]);
  });
});

describe('isDesignFile', () => {
  it('accepts the design macOS hands over with open-file, and nothing else', () => {
    expect(isDesignFile(plan, 'darwin')).toBe(true);
    expect(isDesignFile(join(folder.path, 'gone.lyncplan'), 'darwin')).toBe(false);
    expect(isDesignFile(folder.path, 'darwin')).toBe(false);
  });
});
