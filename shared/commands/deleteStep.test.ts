import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { planStates } from '../plan/planStates';
import { smallMigration } from '../testing/smallMigration';
import { addStep } from './addStep';
import { createDesign } from './createDesign';
import { deleteStep, deleteStepReporting } from './deleteStep';

describe('deleteStep', () => {
  it('takes what the step added out of the file, and the later actions that name it', () => {
    const { design, ids } = smallMigration();
    const { design: next, deletedIds, droppedActions } = deleteStepReporting(design, { stepId: 'st1' });
    expect(next.migration!.steps.map((s) => s.id)).toEqual(['st2', 'st3', 'st4', 'st5']);
    expect(next.pools.map((p) => p.id)).toEqual([ids.fe2010, ids.be2010, ids.fs2010]);
    expect(next.servers.some((s) => s.poolId === ids.fe2013)).toBe(false);
    expect([...deletedIds]).toEqual(expect.arrayContaining([ids.fe2013, ids.be2013, ids.a2013]));
    // Every move to the 2013 pool went; the decommissioning's remove stays.
    expect(droppedActions.map(({ stepId, action }) => [stepId, action.op])).toEqual([
      ['st2', 'moveUsers'],
      ['st3', 'moveUsers'],
      ['st4', 'moveHosted'],
      ['st5', 'moveHosted'],
      ['st5', 'moveCms'],
    ]);
    expect(next.migration!.steps.map((s) => s.actions.length)).toEqual([0, 0, 0, 1]);
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
  });

  it('lets the other actions of a step simply go: the entities keep the values they had before it', () => {
    const { design, ids } = smallMigration();
    const next = deleteStep(design, { stepId: 'st3' });
    const last = planStates(next).state('st5')!;
    expect(last.userGroups.find((g) => g.id === ids.users)!.homePoolId).toBe(ids.fe2010);
    expect(next.userGroups).toBe(design.userGroups);
  });

  it('drops a waiver of the step’s own transition finding', () => {
    const { design } = smallMigration();
    const waived = {
      ...design,
      waivers: [
        {
          id: 'w1',
          rule: 'MIG-DECOM-SEQUENCE',
          subjects: ['st5'],
          reason: 'agreed',
          author: 'ann',
          waivedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    };
    const next = deleteStep(waived, { stepId: 'st5' });
    expect(next.waivers).toBeUndefined();
    expect(parseDesign(serializeDesign(next)).ok).toBe(true);
  });

  it('drops the plan with its last step: the design is one without a plan', () => {
    const plain = createDesign({
      id: '5e7a0000-0000-4000-8000-000000000001',
      name: 'Plain',
      now: '2026-01-01T00:00:00.000Z',
    });
    const planned = addStep(plain, { index: 0, phase: 1, name: 'Plan' });
    const next = deleteStep(planned, { stepId: 'step-1' });
    expect('migration' in next).toBe(false);
    expect(serializeDesign(next)).toBe(serializeDesign(plain));
  });

  it('refuses an unknown step', () => {
    const { design } = smallMigration();
    expect(() => deleteStep(design, { stepId: 'gone' })).toThrow('no longer in the plan');
  });
});
