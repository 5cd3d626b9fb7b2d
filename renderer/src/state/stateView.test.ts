import { beforeEach, describe, expect, it } from 'vitest';
import { moveNodes } from '../../../shared/commands/moveNodes';
import { updateEntity } from '../../../shared/commands/updateEntity';
import { checkPlan, checkState } from '../../../shared/plan/checkPlan';
import { planStates } from '../../../shared/plan/planStates';
import { validatePlan } from '../../../shared/plan/validatePlan';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { fabrikamMistakes } from '../../../shared/samples/fabrikamMistakes';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import {
  loadDesign,
  redo,
  runCommand,
  runFileCommand,
  setSelection,
  shownDesign,
  undo,
  useDocument,
} from './documentStore';
import { selectState, useUi } from './uiStore';

const view = () => useDocument.getState().view!;
const ids = (list: readonly { id: string }[]) => list.map((entity) => entity.id);

describe('the selected state of a plan', () => {
  beforeEach(() => loadDesign(fabrikamMigration(), {}, { dirty: false }));

  it('opens on start: the estate before the plan, without what the steps add', () => {
    const design = fabrikamMigration();
    expect(useUi.getState().selectedState).toBe('start');
    expect(view().stateId).toBe('start');
    expect(ids(view().design.pools)).toEqual(ids(planStates(design).state('start')!.pools));
    expect(ids(view().design.pools)).not.toContain('fe2013-dal');
    expect(view().summary).toBeUndefined();
  });

  it('shows the design as it stands after the selected step, with the step and its one-line summary', () => {
    selectState('dal-3-pilot-pool');
    expect(view().step?.name).toBe('Deploy the Dallas 2013 pilot pool');
    expect(ids(view().design.pools)).toContain('fe2013-dal');
    expect(view().diff!.added.map(({ entity }) => entity.id)).toContain('fe2013-dal');
    expect(view().summary).toMatch(/^\+ pool2013-dal \(\d+ FE\)/);
    expect(shownDesign()).toBe(view().design);
  });

  it('reads each state’s figures: the users a pool homes follow the steps that move them', () => {
    const homed = () => view().validation.figures.pools.get('fe2010-dal')!.users;
    const plan = validatePlan(fabrikamMigration());
    const usersOn = (stateId: string) => plan.byState.get(stateId)!.figures.pools.get('fe2010-dal')!.users;
    selectState('dal-3-pilot-pool');
    expect(homed()).toBe(usersOn('dal-3-pilot-pool'));
    selectState('dal-6-users');
    expect(homed()).toBe(usersOn('dal-6-users'));
    expect(usersOn('dal-6-users')).toBeLessThan(usersOn('dal-3-pilot-pool'));
  });

  it('keeps in the selection only what exists in the selected state', () => {
    selectState('dal-3-pilot-pool');
    setSelection(['fe2013-dal', 'fe2010-dal']);
    selectState('start');
    expect(useDocument.getState().selection).toEqual(['fe2010-dal']);
  });

  it('counts each state’s error and warning findings as `lyncplan check` lists them', () => {
    loadDesign(fabrikamMistakes(), {}, { dirty: false });
    const check = checkPlan(fabrikamMistakes());
    const plan = useDocument.getState().plan!;
    for (const id of check.validation.states.ids) {
      const holds = check.findings.filter((finding) => finding.steps.includes(id));
      expect(plan.counts.get(id)).toEqual({
        error: holds.filter((finding) => finding.severity === 'error').length,
        warning: holds.filter((finding) => finding.severity === 'warning').length,
      });
    }
    expect(plan.counts.get('dal-8-decommission')!.error).toBeGreaterThan(0);
  });

  it('lists the state’s findings and its step’s transition findings, as `lyncplan check --step` does', () => {
    loadDesign(fabrikamMistakes(), {}, { dirty: false });
    selectState('dal-8-decommission');
    const expected = checkState(fabrikamMistakes(), 'dal-8-decommission')!;
    const key = (finding: { rule: string; subjects: readonly string[] }) => `${finding.rule} ${finding.subjects}`;
    expect(view().validation.findings.map(key)).toEqual(expected.findings.map(key));
    expect(view().transitions.map((finding) => finding.rule)).toContain('MIG-POOL-EMPTY-BEFORE-DECOM');
  });

  it('edits the file with start selected; with a step selected, the edit is recorded into the step', () => {
    const rename = (d: Parameters<typeof updateEntity>[0]) =>
      updateEntity(d, { collection: 'sites', id: 'dal', patch: { name: 'Dallas HQ' } });
    expect(runCommand(rename).changed).toBe(true);
    expect(useDocument.getState().design!.sites.find((site) => site.id === 'dal')!.name).toBe('Dallas HQ');
    selectState('dal-3-pilot-pool');
    const again = (d: Parameters<typeof updateEntity>[0]) =>
      updateEntity(d, { collection: 'sites', id: 'dal', patch: { name: 'Dallas campus' } });
    expect(runCommand(again).changed).toBe(true);
    const design = useDocument.getState().design!;
    // The file keeps the starting name; the step records the change, and its state shows it.
    expect(design.sites.find((site) => site.id === 'dal')!.name).toBe('Dallas HQ');
    expect(design.migration!.steps[0]!.actions.at(-1)).toEqual({
      op: 'set',
      id: 'dal',
      fields: { name: 'Dallas campus' },
    });
    expect(view().design.sites.find((site) => site.id === 'dal')!.name).toBe('Dallas campus');
  });
});

type D = NonNullable<ReturnType<typeof shownDesign>>;
/** Plan edits as the timeline makes them (renderer/src/plan/ has its own; the state/ folder does not import it). */
const withSteps = (d: D, change: (steps: D['migration'] & {}) => D['migration'] & {}): D => ({
  ...d,
  migration: change(d.migration!),
});
const addStep = (d: D, step: { id: string; name: string; phase: number }, at: number) =>
  withSteps(d, ({ steps }) => ({ steps: [...steps.slice(0, at), { ...step, actions: [] }, ...steps.slice(at)] }));
const renameStep = (d: D, id: string, name: string) =>
  withSteps(d, ({ steps }) => ({ steps: steps.map((step) => (step.id === id ? { ...step, name } : step)) }));

describe('the selected step taken away', () => {
  beforeEach(() => loadDesign(fabrikamMigration(), {}, { dirty: false }));

  it('shows the nearest step before it when an undo takes it away, and comes back to it on redo', () => {
    runFileCommand((d) => addStep(d, { id: 'step-new', name: 'Check the pilot', phase: 3 }, 1));
    selectState('step-new');
    expect(view().step?.name).toBe('Check the pilot');
    undo();
    expect(useUi.getState().selectedState).toBe('dal-3-pilot-pool');
    expect(view().stateId).toBe('dal-3-pilot-pool');
    redo();
    expect(useDocument.getState().design!.migration!.steps[1]!.id).toBe('step-new');
  });

  it('runs plan edits on the file whatever state is selected', () => {
    selectState('dal-6-users');
    expect(runFileCommand((d) => renameStep(d, 'dal-6-users', 'Everyone else')).changed).toBe(true);
    expect(view().step?.name).toBe('Everyone else');
  });
});

describe('a design without a plan', () => {
  it('shows the design and its validation exactly as before', () => {
    const b = new DesignBuilder();
    b.frontEnd(b.site('Dallas'), 2);
    loadDesign(b.design, {}, { dirty: false });
    const state = useDocument.getState();
    expect(useUi.getState().selectedState).toBeUndefined();
    expect(state.plan).toBeNull();
    expect(state.view!.design).toBe(state.design);
    expect(state.view!.validation).toBe(state.validation);
  });
});

describe('an edit with a step selected that changes no entity', () => {
  it('changes what every state shares: a box moved is the file’s layout, whichever state shows it', () => {
    loadDesign(fabrikamMigration(), {}, { dirty: false });
    selectState('dal-3-pilot-pool');
    const before = useDocument.getState().design!;
    const outcome = runCommand((d) => moveNodes(d, { moves: [{ id: 'fe2013-dal', x: 40, y: 48 }] }));
    expect(outcome.changed).toBe(true);
    const after = useDocument.getState().design!;
    expect(after.layout).not.toBe(before.layout);
    expect(after.pools).toBe(before.pools);
    expect(after.migration).toBe(before.migration);
    selectState('dal-6-users');
    expect(view().design.layout).toBe(after.layout);
  });
});
