/// <reference types="vite/types/importMeta.d.ts" />
import { describe, expect, it } from 'vitest';
import { validate } from '../validate';
import { parseDesign } from './parseDesign';
import { serializeDesign } from './serializeDesign';

// Files written by lyncplan before format version 2 existed (format version 1), with the findings that lyncplan
// gave them then. They were generated once from the last version 1 commit and are never rewritten.
// The core may not import node:fs (build/layers): Vite's import.meta.glob reads the folder when vitest compiles it.
const texts = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('./fixtures/v1/*.lyncplan', { eager: true, query: '?raw', import: 'default' }),
  ).map(([path, text]) => [path.slice('./fixtures/v1/'.length), text]),
);
const files = Object.keys(texts);
const before = JSON.parse(
  import.meta.glob<string>('./fixtures/v1/findings-before-v2.json', { eager: true, query: '?raw', import: 'default' })[
    './fixtures/v1/findings-before-v2.json'
  ]!,
) as Record<string, unknown>;
const readFixture = (name: string) => texts[name]!;

describe('a format version 1 file', () => {
  it.each(files)('%s opens as a version 2 design with no plan', (name) => {
    const text = readFixture(name);
    expect(JSON.parse(text).formatVersion).toBe(1);
    const parsed = parseDesign(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.design.formatVersion).toBe(2);
    // What the app tells on the first save: the file was version 1.
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.design.migration).toBeUndefined();
  });

  it.each(files)('%s validates exactly as it did in version 1', (name) => {
    const parsed = parseDesign(readFixture(name));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(validate(parsed.design).findings).toEqual(before[name]);
  });

  it.each(files)('%s re-saves as version 2 with only its version changed, and byte-stable from then on', (name) => {
    const text = readFixture(name);
    const parsed = parseDesign(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const saved = serializeDesign(parsed.design);
    expect(saved).toBe(text.replace('"formatVersion": 1,', '"formatVersion": 2,'));
    const reopened = parseDesign(saved);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(serializeDesign(reopened.design)).toBe(saved);
  });

  it('drops a "migration" key that version 1 never had, rather than reading a plan into it', () => {
    const text = readFixture('medium.lyncplan');
    const document = JSON.parse(text);
    document.migration = { steps: [{ id: 'x1', phase: 3, name: 'Not a version 1 field', actions: [] }] };
    const parsed = parseDesign(JSON.stringify(document));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.design.migration).toBeUndefined();
  });
});
