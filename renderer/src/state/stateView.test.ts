import { beforeEach, describe, expect, it } from 'vitest';
import { updateEntity } from '../../../shared/commands/updateEntity';
import { checkPlan, checkState } from '../../../shared/plan/checkPlan';
import { planStates } from '../../../shared/plan/planStates';
import { validatePlan } from '../../../shared/plan/validatePlan';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { fabrikamMistakes } from '../../../shared/samples/fabrikamMistakes';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { loadDesign, runCommand, setSelection, shownDesign, useDocument } from './documentStore';
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
    // recordInStep is a placeholder in this branch: it refuses, and the design stays as it was.
    expect(runCommand(rename).refused).toBe('Editing inside a step is not available yet');
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
