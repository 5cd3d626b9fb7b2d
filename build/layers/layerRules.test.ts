import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenImports, importsOf } from './layerRules';

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
