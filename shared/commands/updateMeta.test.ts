import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { CommandRefused } from './commandError';
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

  it('refuses an empty or overlong name and overlong notes, with the messages the inspector shows', () => {
    const { design } = new DesignBuilder();
    expect(() => updateMeta(design, { name: '  ' })).toThrow(new CommandRefused('Enter a name'));
    expect(() => updateMeta(design, { name: 'x'.repeat(201) })).toThrow(
      new CommandRefused('A name has at most 200 characters'),
    );
    expect(() => updateMeta(design, { author: 'x'.repeat(201) })).toThrow(
      new CommandRefused('A name has at most 200 characters'),
    );
    expect(() => updateMeta(design, { notes: 'x'.repeat(100_001) })).toThrow(
      new CommandRefused('Notes have at most 100,000 characters'),
    );
    expect(updateMeta(design, { notes: 'x'.repeat(5000) }).meta.notes).toHaveLength(5000);
  });

  it('stores the name without the spaces typed around it', () => {
    const { design } = new DesignBuilder();
    expect(updateMeta(design, { name: ' Contoso 2014  ' }).meta.name).toBe('Contoso 2014');
  });
});
