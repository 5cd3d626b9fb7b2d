import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempDir } from '../testing/tempDir';
import { copyNameFor } from './copyName';
import { LibraryStore } from './libraryStore';

let dir: ReturnType<typeof tempDir>;
let store: LibraryStore;
beforeEach(() => {
  dir = tempDir();
  store = new LibraryStore(join(dir.path, 'library.sqlite'));
});
afterEach(() => {
  store.close();
  dir.remove();
});

const designNamed = (name: string, id: string, servers = 2) => {
  const b = new DesignBuilder(name);
  b.frontEnd(b.site('Dallas'), servers);
  return { ...b.design, meta: { ...b.design.meta, id } };
};
const ORIGINAL = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';

describe('library.duplicate never replaces an existing design', () => {
  it('a new id that is already a design makes a new design under a fresh id; the other is untouched', () => {
    store.saveRevision(designNamed('Contoso', ORIGINAL, 2));
    store.saveRevision(designNamed('Fabrikam', OTHER, 5));
    const copy = store.duplicate(ORIGINAL, OTHER);
    expect(copy.id).not.toBe(OTHER);
    expect(copy.id).not.toBe(ORIGINAL);
    expect(copy).toMatchObject({ name: 'Contoso (copy)', revisions: 1 });
    expect(store.load(OTHER).design?.meta.name).toBe('Fabrikam');
    expect(store.load(OTHER).design?.servers).toHaveLength(5);
    expect(store.revisions(OTHER)).toHaveLength(1);
    expect(
      store
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Contoso', 'Contoso (copy)', 'Fabrikam']);
  });

  it('duplicating onto its own id makes a copy, and the original keeps its one revision', () => {
    store.saveRevision(designNamed('Contoso', ORIGINAL));
    const copy = store.duplicate(ORIGINAL, ORIGINAL);
    expect(copy.id).not.toBe(ORIGINAL);
    expect(store.revisions(ORIGINAL)).toHaveLength(1);
    expect(store.load(ORIGINAL).design?.meta.name).toBe('Contoso');
  });

  it('a second copy of one design gets a name of its own', () => {
    store.saveRevision(designNamed('Contoso', ORIGINAL));
    store.duplicate(ORIGINAL, '11111111-2222-4333-8444-555555555551');
    const second = store.duplicate(ORIGINAL, '11111111-2222-4333-8444-555555555552');
    expect(second).toMatchObject({ id: '11111111-2222-4333-8444-555555555552', name: 'Contoso (copy 2)' });
    expect(store.list()).toHaveLength(3);
  });
});

describe('copyNameFor', () => {
  it('counts up past the names taken', () => {
    expect(copyNameFor('Plan', new Set())).toBe('Plan (copy)');
    expect(copyNameFor('Plan', new Set(['Plan (copy)', 'Plan (copy 2)']))).toBe('Plan (copy 3)');
  });

  it('keeps a 200-character name within the limit', () => {
    const name = copyNameFor('x'.repeat(200), new Set());
    expect(name).toHaveLength(200);
    expect(name.endsWith(' (copy)')).toBe(true);
  });
});
