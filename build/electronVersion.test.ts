import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
const installed = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('electron/package.json'), 'utf8'));

/**
 * "The latest three stable major versions are supported by the Electron team" (electron/electron
 * docs/tutorial/support.md; the release table is docs/tutorial/electron-timelines.md). 45 is the newest of them as
 * this is written (the README's "Electron version" section says why).
 * Raise it here, in package.json and in build/electronegativity.json together.
 */
const SUPPORTED_MAJOR = 45;

describe('the app is built on a current Electron (checklist 16)', () => {
  it('pins one exact version of a supported major', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(pkg.devDependencies.electron.split('.')[0])).toBe(SUPPORTED_MAJOR);
  });

  it('type-checks main and preload against that very version', () => {
    expect(installed.version).toBe(pkg.devDependencies.electron);
    const types = readFileSync(createRequire(import.meta.url).resolve('electron/electron.d.ts'), 'utf8');
    expect(types.slice(0, 200)).toContain(`Electron ${pkg.devDependencies.electron}`);
  });

  it('scans with Electronegativity for that version', () => {
    const config = JSON.parse(readFileSync(join(__dirname, 'electronegativity.json'), 'utf8'));
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
  });
});
