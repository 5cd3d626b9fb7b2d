import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const checklist = readFileSync(join(root, 'docs', 'security-checklist.md'), 'utf8');
const rows = checklist.split('\n').filter((line) => /^\|\s*\d+\s*\|/.test(line));
const testFiles = ['electron', 'build', 'e2e', 'shared'].flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(test|spec)\.ts$/.test(file))
    .map((file) => join(folder, file)),
);

describe('docs/security-checklist.md', () => {
  it("has Electron's twenty items, in order", () => {
    expect(rows.map((row) => Number(row.split('|')[1]))).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('names for every item a test file that exists, and test names found in it', () => {
    for (const row of rows) {
      const testColumn = row.split('|')[4] ?? '';
      const named = [...testColumn.matchAll(/`?([\w/]*?[\w]+\.(?:test|spec)\.ts)`?/g)].map((match) => match[1]!);
      expect(named.length, row.slice(0, 40)).toBeGreaterThan(0);
      for (const file of named) {
        const found = testFiles.filter((candidate) => candidate.endsWith(file));
        expect(found, `${file} exists`).toHaveLength(1);
      }
      // Every "› name" quoted after a file is a test of that file (up to a %s placeholder).
      for (const part of testColumn.split(';')) {
        const [fileText, ...names] = part.split('›');
        const file = [...(fileText ?? '').matchAll(/([\w/]*?[\w]+\.(?:test|spec)\.ts)/g)].pop()?.[1];
        if (!file) continue;
        const source = readFileSync(join(root, testFiles.find((candidate) => candidate.endsWith(file))!), 'utf8');
        for (const name of names.join('›').split(/;|›/)) {
          const text = name
            .replace(/\\</g, '<')
            .replace(/\(all five tests\)/, '')
            .trim()
            .split('%s')[0]!
            .trim();
          if (text) expect(source, `${file} has a test "${text}"`).toContain(text);
        }
      }
    }
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('docs/security-checklist.md');
  });
});
