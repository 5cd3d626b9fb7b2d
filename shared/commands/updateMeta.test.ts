import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { updateMeta } from './updateMeta';

describe('updateMeta', () => {
  it('renames a design and keeps the rest of its meta', () => {
    const { design } = new DesignBuilder('Contoso 2013');
    const next = updateMeta(design, { name: 'Contoso 2014' });
    expect(next.meta).toEqual({ ...design.meta, name: 'Contoso 2014' });
    expect(design.meta.name).toBe('Contoso 2013');
  });

  it('sets an author and notes, and removes them when they are emptied', () => {
    const { design } = new DesignBuilder();
    const set = updateMeta(design, { author: 'J. Planner', notes: 'Dallas first, Austin in phase 2.' });
    expect(set.meta).toMatchObject({ author: 'J. Planner', notes: 'Dallas first, Austin in phase 2.' });
    const cleared = updateMeta(set, { author: '', notes: '' });
    expect(cleared.meta).not.toHaveProperty('author');
    expect(cleared.meta).not.toHaveProperty('notes');
  });

  it('refuses an empty name', () => {
    const { design } = new DesignBuilder();
    expect(() => updateMeta(design, { name: '' })).toThrow('a design needs a name');
  });
});
