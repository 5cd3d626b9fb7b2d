import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The Electron and Node sources of the app (tests aside), with their text. */
function sources(folder: string): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ file: relative('.', join(folder, file)), text: readFileSync(join(folder, file), 'utf8') }));
}

describe('shell.openExternal is called in one place, through the source-page allow-list (checklist 15)', () => {
  const electronSources = [...sources('electron'), ...sources('shared')];

  it('has one call, in main, whose address comes from sourcePageOpener', () => {
    const calls = electronSources.flatMap(({ file, text }) =>
      [...text.matchAll(/^.*\.openExternal\s*\(.*$/gm)].map((match) => `${file}: ${match[0].trim()}`),
    );
    expect(calls).toEqual(['electron/main/main.ts: opener: sourcePageOpener((url) => shell.openExternal(url)),']);
  });

  it('never opens paths or items in the desktop shell', () => {
    for (const { file, text } of electronSources) expect(text, file).not.toMatch(/\bshell\.(openPath|openItem)\b/);
  });
});
