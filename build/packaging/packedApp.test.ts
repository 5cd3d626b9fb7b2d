// What a user installs: electron-builder packs the app for real (`--linux dir`, offline, around a stand-in
// Electron) and this test reads the asar it wrote. It needs `dist/`: `npm test` builds before the unit tests; run
// alone, the test builds first when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWithStandInElectron, type StandInPack } from './standInPack';

const projectDir = join(__dirname, '..', '..');
const bundles = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

let pack: StandInPack;
let archive: string;
let inAsar: string[];
let unpacked: string[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

beforeAll(async () => {
  if (!bundles.every((file) => existsSync(join(projectDir, file)))) {
    const built = spawnSync(process.execPath, ['build/scripts/build.mjs'], { cwd: projectDir, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build/scripts/build.mjs failed; the app cannot be packed');
  }
  pack = await packWithStandInElectron(projectDir);
  archive = join(pack.appOutDir, 'resources', 'app.asar');
  // The header lists unpacked files too (flagged `unpacked`), and directories; keep the files stored inside.
  // listPackage names entries with a leading separator (`/dist/...`); strip it to compare with relative paths.
  inAsar = listPackage(archive, { isPack: false })
    .map((f) => f.slice(1))
    .filter((f) => {
      const entry = statFile(archive, f) as { files?: unknown; unpacked?: boolean };
      return !entry.files && !entry.unpacked;
    });
  unpacked = filesUnder(join(pack.appOutDir, 'resources', 'app.asar.unpacked'));
}, 120_000);

afterAll(() => {
  if (pack) rmSync(pack.root, { recursive: true, force: true });
});

describe('the packed lyncplan (linux dir, stand-in Electron)', () => {
  it('holds the main process, the preload and the renderer, at the paths main.ts joins to __dirname', () => {
    expect(inAsar).toEqual(expect.arrayContaining([...bundles, 'package.json']));
    expect(inAsar.some((f) => /^dist\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    // The packed main.cjs (in dist/electron/) asks for `join(__dirname, 'preload.cjs')` and
    // `join(__dirname, '..', 'renderer')` (the folder app://lyncplan serves): the files above, if it still says so.
    const main = extractFile(archive, 'dist/electron/main.cjs').toString('utf8');
    expect(main).toMatch(/join\)\(__dirname, "preload\.cjs"\)/);
    expect(main).toMatch(/join\)\(__dirname, "\.\.", "renderer"\)/);
  });

  it('carries Help’s documents inside the renderer’s bundle, readable offline', () => {
    const script = inAsar.find((f) => /^dist\/renderer\/assets\/index-[\w-]+\.js$/.test(f))!;
    const text = extractFile(archive, script).toString('utf8');
    for (const document of ['file-format.md', 'command-line.md']) {
      const title = /^# (.+)$/m.exec(readFileSync(join(__dirname, '..', '..', 'docs', document), 'utf8'))![1]!;
      expect(text, document).toContain(title);
    }
  });

  it('starts from the main bundle its packed package.json names', () => {
    const packed = JSON.parse(extractFile(archive, 'package.json').toString('utf8'));
    expect(packed.main).toBe('dist/electron/main.cjs');
    expect(inAsar).toContain(packed.main);
  });

  it('keeps better-sqlite3 native module outside the asar, where Electron can load it', () => {
    expect(unpacked).toContain('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(inAsar.filter((f) => f.endsWith('.node'))).toEqual([]);
    // Its JavaScript (the `bindings` lookup included) must be beside it, or `require('better-sqlite3')` fails.
    expect(unpacked).toContain('node_modules/better-sqlite3/lib/index.js');
    expect(inAsar).toContain('node_modules/bindings/bindings.js');
  });

  it('ships no compiler leftovers of better-sqlite3: no SQLite sources, object files or test extension', () => {
    expect(unpacked.filter((f) => /\.(c|cc|cpp|h|o|gyp|gypi|mk)$|Makefile$|test_extension/.test(f))).toEqual([]);
  });

  it('leaves out the web host, the command line, tests, e2e specs, source maps and TypeScript sources', () => {
    const everything = [...inAsar, ...unpacked];
    expect(everything.filter((f) => f.startsWith('dist/host/'))).toEqual([]);
    // The CLI is the npm package's `lyncplan` bin, run by Node: it needs a Node-ABI better-sqlite3, and the copy
    // in the desktop package is built for Electron's, so it is not shipped here.
    expect(everything.filter((f) => f.startsWith('dist/cli/'))).toEqual([]);
    expect(everything.filter((f) => /\.test\.|\.spec\.|(^|\/)e2e\//.test(f))).toEqual([]);
    expect(everything.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(everything.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f))).toEqual([]);
    expect(everything.filter((f) => /^(shared|electron|renderer|build)\//.test(f))).toEqual([]);
  });

  it('carries every module the packed bundles require, and none they already contain (zod is bundled)', () => {
    const required = ['dist/electron/main.cjs', 'dist/electron/preload.cjs'].flatMap((bundle) =>
      [
        ...extractFile(archive, bundle)
          .toString('utf8')
          .matchAll(/\brequire\("([^"]+)"\)/g),
      ].map((m) => m[1]!),
    );
    const runtime = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const packages = [...new Set(required)].filter((name) => !runtime.has(name));
    expect(packages).toContain('better-sqlite3');
    for (const name of packages) expect([...inAsar, ...unpacked]).toContain(`node_modules/${name}/package.json`);
    expect(inAsar.filter((f) => f.startsWith('node_modules/zod/'))).toEqual([]);
  });

  it('registers .lyncplan files with the system: in the effective config and the Linux .desktop MimeType', () => {
    expect(pack.effectiveConfig.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'lyncplan', mimeType: 'application/vnd.lyncplan+json', role: 'Editor' }),
    ]);
    const lines = pack.desktopEntry.split('\n');
    expect(lines).toContain('MimeType=application/vnd.lyncplan+json;');
    // Electron finds its launcher by package.json's desktopName (the dock's icon, recent documents on Linux): the
    // name of the .desktop file electron-builder installs, after the executable.
    const packed = JSON.parse(extractFile(archive, 'package.json').toString('utf8'));
    expect(packed.desktopName).toBe('lyncplan.desktop');
    expect(lines).toContain('StartupWMClass=lyncplan');
    // %U hands the double-clicked file to the app as an argument (the open-from-argv path).
    expect(lines.find((line) => line.startsWith('Exec='))).toMatch(/ %U$/);
  });
});
