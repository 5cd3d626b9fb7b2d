import { beforeEach, describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { loadDesign, undo, useDocument } from '../state/documentStore';
import { selectState } from '../state/uiStore';
import { editEntity } from './edit';

/**
 * The inspector's fields with a step of the sample migration selected (issue 13, "Editing records into the plan"):
 * each change is a `set` of that step, the states before it keep the old value, and Ctrl+Z takes it back.
 */
const file = () => useDocument.getState().design!;
const actionsOf = (design: Design, stepId: string) => design.migration!.steps.find((s) => s.id === stepId)!.actions;
const shown = () => useDocument.getState().view!.design;

describe('an inspector field changed with a step selected is a `set` of that step', () => {
  beforeEach(() => {
    loadDesign(fabrikamMigration(), {}, { dirty: false });
    selectState('dal-5-pilot-edge');
  });

  it('a link’s capacity', () => {
    expect(editEntity('links', 'l-osl-dal', { capacityKbps: 50_000 })).toBeUndefined();
    expect(actionsOf(file(), 'dal-5-pilot-edge').at(-1)).toEqual({
      op: 'set',
      id: 'l-osl-dal',
      fields: { capacityKbps: 50_000 },
    });
    expect(shown().links.find((l) => l.id === 'l-osl-dal')!.capacityKbps).toBe(50_000);
    expect(file().links.find((l) => l.id === 'l-osl-dal')!.capacityKbps).toBe(20_000);
    selectState('dal-4-pilot-users');
    expect(shown().links.find((l) => l.id === 'l-osl-dal')!.capacityKbps).toBe(20_000);
  });

  it('an association’s target, and the undo of it', () => {
    const before = actionsOf(file(), 'dal-5-pilot-edge');
    expect(editEntity('associations', 'a-media-fe2013-dal', { to: 'edge2013-dal' })).toBeUndefined();
    expect(actionsOf(file(), 'dal-5-pilot-edge').at(-1)).toEqual({
      op: 'set',
      id: 'a-media-fe2013-dal',
      fields: { to: 'edge2013-dal' },
    });
    undo();
    expect(actionsOf(file(), 'dal-5-pilot-edge')).toEqual(before);
  });

  it('an association’s kind is refused at a step, with the reason; at Start it changes the estate', () => {
    expect(editEntity('associations', 'a-media-fe2013-dal', { kind: 'edgeNextHop' })).toMatch(
      /^A step cannot change the kind of an item that exists before it/,
    );
    expect(actionsOf(file(), 'dal-5-pilot-edge')).toEqual(actionsOf(fabrikamMigration(), 'dal-5-pilot-edge'));
    selectState(START_STATE);
    expect(editEntity('pools', 'rp-dal', { fqdn: 'rp.fabrikam.com' })).toBeUndefined();
    expect(file().pools.find((p) => p.id === 'rp-dal')!.fqdn).toBe('rp.fabrikam.com');
  });
});
