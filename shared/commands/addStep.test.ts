import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { smallMigration } from '../testing/smallMigration';
import { addStep, nextStepId } from './addStep';
import { createDesign } from './createDesign';

const plain = () =>
  createDesign({ id: '5e7a0000-0000-4000-8000-000000000001', name: 'Plain', now: '2026-01-01T00:00:00.000Z' });

describe('addStep', () => {
  it('adds an empty step at the index, with a fresh id, and the file stays valid', () => {
    const { design, ids } = smallMigration();
    const next = addStep(design, { index: 1, phase: 5, name: '  Add the pilot Edge ', legacyPoolId: ids.fe2010 });
    const steps = next.migration!.steps;
    expect(steps.map((s) => s.id)).toEqual(['st1', 'step-6', 'st2', 'st3', 'st4', 'st5']);
    expect(steps[1]).toEqual({
      id: 'step-6',
      phase: 5,
      name: 'Add the pilot Edge',
      legacyPoolId: ids.fe2010,
      actions: [],
    });
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
  });

  it('creates the plan on a design without one', () => {
    const next = addStep(plain(), { index: 0, phase: 1, name: 'Plan' });
    expect(next.migration).toEqual({ steps: [{ id: 'step-1', phase: 1, name: 'Plan', actions: [] }] });
  });

  it('never gives an id the file uses, nor start', () => {
    const design = plain();
    design.sites.push({ id: 'step-1', name: 'Odd', kind: 'central' });
    expect(nextStepId(design)).toBe('step-2');
    expect(() => addStep(design, { index: 0, phase: 1, name: 'x', id: 'step-1' })).toThrow(/already used/);
    expect(() => addStep(design, { index: 0, phase: 1, name: 'x', id: 'start' })).toThrow(/already used/);
  });

  it('refuses an empty name, a phase outside 1–8, an unknown legacy pool and an index outside the plan', () => {
    const { design } = smallMigration();
    expect(() => addStep(design, { index: 0, phase: 3, name: '   ' })).toThrow('A step needs a name');
    expect(() => addStep(design, { index: 0, phase: 9, name: 'x' })).toThrow("one of the guide's phases, 1 to 8");
    expect(() => addStep(design, { index: 0, phase: 2.5, name: 'x' })).toThrow('1 to 8');
    expect(() => addStep(design, { index: 0, phase: 3, name: 'x', legacyPoolId: 'nope' })).toThrow('not in it');
    expect(() => addStep(design, { index: 6, phase: 3, name: 'x' })).toThrow('(0 to 5)');
  });
});
