import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenImports, importsOf, rendererFolderCycles, shellImports } from './layerRules';

const root = join(__dirname, '..', '..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

const resolveRelative = (from: string, specifier: string) =>
  normalize(posix.join(posix.dirname(from), specifier))
    .split('\\')
    .join('/');

describe('layers (architecture.md)', () => {
  it('every source file imports only what its layer may', () => {
    const files = ['shared', 'electron', 'renderer'].flatMap(sourcesUnder);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) =>
      forbiddenImports(file, readFileSync(join(root, file), 'utf8'), resolveRelative),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['shared/model/x.ts', "import { readFileSync } from 'node:fs';", '"node:fs"'],
    ['shared/rules/x.ts', "import React from 'react';", '"react"'],
    ['shared/rules/x.ts', "import { app } from '../../electron/main/main';", 'electron/main/main'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';", '"electron"'],
    ['renderer/src/x.ts', "const fs = require('node:fs');", '"node:fs"'],
    [
      'renderer/src/x.tsx',
      "import { LibraryStore } from '../../electron/node/store/libraryStore';",
      'electron/node/store/libraryStore',
    ],
    ['electron/node/x.ts', "export { app } from 'electron';", '"electron"'],
    ['electron/node/x.ts', "const r = await import('react');", '"react"'],
    ['electron/preload/x.ts', "import Database from 'better-sqlite3';", '"better-sqlite3"'],
    // The documents Help shows come in as text, never as code.
    ['renderer/src/app/x.tsx', "import cli from '../../../docs/cli.ts';", 'docs/cli.ts'],
    ['shared/x.ts', "import cli from '../docs/command-line.md?raw';", 'docs/command-line.md?raw'],
  ])('catches a forbidden import in %s: %s', (file, source, named) => {
    expect(forbiddenImports(file, source, resolveRelative)).toEqual([expect.stringContaining(named)]);
  });

  it('reads type-only and multi-line imports too', () => {
    expect(importsOf("import type {\n  A,\n  B,\n} from 'electron';\nexport * from './x';")).toEqual([
      'electron',
      './x',
    ]);
  });
});

describe("the renderer's folders (renderer/src/)", () => {
  const files = sourcesUnder('renderer/src');
  const importsByFile = new Map(
    files.map((file) => [
      file,
      importsOf(readFileSync(join(root, file), 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolveRelative(file, specifier)),
    ]),
  );

  it('nothing outside app/ (the shell) imports from it, but the entry point', () => {
    const problems = files.flatMap((file) =>
      shellImports(file, readFileSync(join(root, file), 'utf8'), resolveRelative),
    );
    expect(problems).toEqual([]);
  });

  it('no two folders import each other, directly or round a loop (so canvas/ and palette/ never do)', () => {
    expect(rendererFolderCycles(importsByFile)).toEqual([]);
  });

  it.each([
    ['renderer/src/print/x.tsx', "import { showError } from '../app/showError';", 'renderer/src/app/showError'],
    ['renderer/src/canvas/nodes/x.tsx', "import type { A } from '../../app/App';", 'renderer/src/app/App'],
  ])('catches an import into the shell from %s: %s', (file, source, named) => {
    expect(shellImports(file, source, resolveRelative)).toEqual([expect.stringContaining(named)]);
  });

  it('lets the shell import itself and the entry point import the shell', () => {
    expect(shellImports('renderer/src/app/Toolbar.tsx', "import { x } from './fileActions';", resolveRelative)).toEqual(
      [],
    );
    expect(shellImports('renderer/src/main.tsx', "import { App } from './app/App';", resolveRelative)).toEqual([]);
  });

  it('catches two folders that import each other, and a longer loop, naming each step', () => {
    const pair = rendererFolderCycles(
      new Map([
        ['renderer/src/canvas/Canvas.tsx', ['renderer/src/palette/paletteItems', 'renderer/src/state/uiStore']],
        ['renderer/src/palette/Palette.tsx', ['renderer/src/canvas/icons']],
        ['renderer/src/state/uiStore.ts', []],
      ]),
    );
    expect(pair).toEqual([
      'renderer/src/canvas/, renderer/src/palette/ import one another: ' +
        'renderer/src/canvas/Canvas.tsx → renderer/src/palette/paletteItems; ' +
        'renderer/src/palette/Palette.tsx → renderer/src/canvas/icons',
    ]);
    const loop = rendererFolderCycles(
      new Map([
        ['renderer/src/a/x.ts', ['renderer/src/b/y']],
        ['renderer/src/b/y.ts', ['renderer/src/c/z']],
        ['renderer/src/c/z.ts', ['renderer/src/a/x']],
        ['renderer/src/d/w.ts', ['renderer/src/a/x']],
      ]),
    );
    expect(loop).toEqual([expect.stringMatching(/^renderer\/src\/a\/, renderer\/src\/b\/, renderer\/src\/c\/ import/)]);
  });

  it('lets folders import in one direction', () => {
    expect(
      rendererFolderCycles(
        new Map([
          ['renderer/src/app/App.tsx', ['renderer/src/canvas/Canvas', 'renderer/src/palette/Palette']],
          ['renderer/src/canvas/Canvas.tsx', ['renderer/src/palette/paletteItems', 'renderer/src/canvas/defaults']],
          ['renderer/src/palette/Palette.tsx', ['renderer/src/ui/icons']],
        ]),
      ),
    ).toEqual([]);
  });
});
