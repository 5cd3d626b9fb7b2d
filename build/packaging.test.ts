import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));

describe('what electron-builder packs', () => {
  it('starts the app from the built main process', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('packs the Electron bundles and the renderer, never the web host', () => {
    expect(pkg.build.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*']));
    expect(pkg.build.files.some((pattern: string) => pattern.includes('dist/host'))).toBe(false);
  });

  it('ships its runtime native module as a dependency, unpacked from the asar', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['better-sqlite3', 'zod']));
    expect(pkg.dependencies.electron).toBeUndefined();
    expect(pkg.build.asarUnpack).toContain('**/*.node');
  });

  it('opens .lyncplan files by double-click', () => {
    expect(pkg.build.fileAssociations).toEqual([expect.objectContaining({ ext: 'lyncplan' })]);
  });

  it('never runs the Electron binary download on install (it cannot reach its host here)', () => {
    expect(pkg.allowScripts.electron).toBe(false);
    expect(pkg.allowScripts['better-sqlite3']).toBe(true);
  });
});
