import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempLibrary } from '../testing/tempLibrary';
import { copyNameFor } from './copyName';

const library = tempLibrary();

const designNamed = (name: string, id: string, servers = 2) => {
  const b = new DesignBuilder(name);
  b.frontEnd(b.site('Dallas'), servers);
  return { ...b.design, meta: { ...b.design.meta, id } };
};
const ORIGINAL = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';

describe('library.duplicate never replaces an existing design', () => {
  it('a new id that is already a design makes a new design under a fresh id; the other is untouched', () => {
    library.store.saveRevision(designNamed('Contoso', ORIGINAL, 2));
    library.store.saveRevision(designNamed('Fabrikam', OTHER, 5));
    const copy = library.store.duplicate(ORIGINAL, OTHER);
    expect(copy.id).not.toBe(OTHER);
    expect(copy.id).not.toBe(ORIGINAL);
    expect(copy).toMatchObject({ name: 'Contoso (copy)', revisions: 1 });
    expect(library.store.load(OTHER).design?.meta.name).toBe('Fabrikam');
    expect(library.store.load(OTHER).design?.servers).toHaveLength(5);
    expect(library.store.revisions(OTHER)).toHaveLength(1);
    expect(
      library.store
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Contoso', 'Contoso (copy)', 'Fabrikam']);
  });

  it('duplicating onto its own id makes a copy, and the original keeps its one revision', () => {
    library.store.saveRevision(designNamed('Contoso', ORIGINAL));
    const copy = library.store.duplicate(ORIGINAL, ORIGINAL);
    expect(copy.id).not.toBe(ORIGINAL);
    expect(library.store.revisions(ORIGINAL)).toHaveLength(1);
    expect(library.store.load(ORIGINAL).design?.meta.name).toBe('Contoso');
  });

  it('a second copy of one design gets a name of its own', () => {
    library.store.saveRevision(designNamed('Contoso', ORIGINAL));
    library.store.duplicate(ORIGINAL, '11111111-2222-4333-8444-555555555551');
    const second = library.store.duplicate(ORIGINAL, '11111111-2222-4333-8444-555555555552');
    expect(second).toMatchObject({ id: '11111111-2222-4333-8444-555555555552', name: 'Contoso (copy 2)' });
    expect(library.store.list()).toHaveLength(3);
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
