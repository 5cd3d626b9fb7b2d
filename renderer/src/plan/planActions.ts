import { addStep } from '../../../shared/commands/addStep';
import { deleteStepReporting } from '../../../shared/commands/deleteStep';
import { moveStep } from '../../../shared/commands/moveStep';
import { renameStep } from '../../../shared/commands/renameStep';
import { setStepNotes } from '../../../shared/commands/setStepNotes';
import { START_STATE } from '../../../shared/model/migration';
import { countOf } from '../../../shared/wording/numbers';
import { applyFileCommand, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { ask, notify, selectState, useUi } from '../state/uiStore';

/**
 * What the plan strip's buttons, its keys and the shortcut table do: walk the states, and edit the steps. Each edit
 * is one command on the file (the plan is the file's, whatever state is on screen), so one undo step.
 */

const stateIds = (): readonly string[] => useDocument.getState().plan?.validation.states.ids ?? [];
const selected = () => useUi.getState().selectedState;
const stepOf = (id: string | undefined) =>
  useDocument.getState().design?.migration?.steps.find((step) => step.id === id);

/** Alt+Left / Alt+Right: the state before or after the one on screen (start is the first). */
export function stepBy(delta: number): void {
  const ids = stateIds();
  const at = ids.indexOf(selected() ?? '');
  if (at < 0) return;
  const next = ids[Math.max(0, Math.min(ids.length - 1, at + delta))];
  if (next) selectState(next);
}

/** A new step after the selected one (first, with start selected), of the selected step's phase and pool. */
export async function addStepAfterSelected(): Promise<void> {
  const after = selected() ?? START_STATE;
  const current = stepOf(after);
  const answer = await ask({
    title: 'Add a step',
    message: current
      ? `The new step comes after “${current.name}”, in phase ${current.phase}.`
      : 'The new step comes first.',
    input: { label: 'Step name', value: 'New step' },
    buttons: [
      { id: 'cancel', label: 'Cancel' },
      { id: 'add', label: 'Add step', kind: 'primary' },
    ],
  });
  if (answer?.button !== 'add') return;
  const id = newId('step');
  const phase = current?.phase ?? useDocument.getState().design?.migration?.steps[0]?.phase ?? 1;
  const legacy = current?.legacyPoolId;
  if (
    applyFileCommand((design) =>
      addStep(design, {
        id,
        name: answer.text,
        phase,
        index: after === START_STATE ? 0 : (design.migration?.steps.findIndex((step) => step.id === after) ?? -1) + 1,
        ...(legacy !== undefined ? { legacyPoolId: legacy } : {}),
      }),
    )
  )
    selectState(id);
}

export async function renameSelectedStep(): Promise<void> {
  const step = stepOf(selected());
  if (!step) return;
  const answer = await ask({
    title: 'Rename the step',
    message: `Phase ${step.phase}.`,
    input: { label: 'Step name', value: step.name },
    buttons: [
      { id: 'cancel', label: 'Cancel' },
      { id: 'rename', label: 'Rename', kind: 'primary' },
    ],
  });
  if (answer?.button === 'rename')
    applyFileCommand((design) => renameStep(design, { stepId: step.id, name: answer.text }));
}

export async function editSelectedStepNotes(): Promise<void> {
  const step = stepOf(selected());
  if (!step) return;
  const answer = await ask({
    title: 'Notes of the step',
    message: `“${step.name}”: what the runbook says beside its actions (empty: no notes).`,
    input: { label: 'Notes', value: step.notes ?? '' },
    buttons: [
      { id: 'cancel', label: 'Cancel' },
      { id: 'save', label: 'Save notes', kind: 'primary' },
    ],
  });
  if (answer?.button === 'save')
    applyFileCommand((design) => setStepNotes(design, { stepId: step.id, notes: answer.text.trim() }));
}

/** Deletes the selected step at once (one undo step) and says how to bring it back; the step before it shows. */
export function deleteSelectedStep(): void {
  const step = stepOf(selected());
  if (!step) return;
  const ids = stateIds();
  const before = ids[ids.indexOf(step.id) - 1] ?? START_STATE;
  let took = 0;
  const deleted = applyFileCommand((design) => {
    const outcome = deleteStepReporting(design, { stepId: step.id });
    took = outcome.deletedIds.size;
    return outcome.design;
  });
  if (!deleted) return;
  selectState(before);
  const withItems = took > 0 ? `, with the ${countOf(took, 'item')} it added` : '';
  notify(`Step “${step.name}” deleted${withItems}. Ctrl+Z brings it back.`);
}

/** Alt+Shift+Left / Alt+Shift+Right: the selected step one place earlier or later in the plan. */
export function moveSelectedStep(delta: number): void {
  const id = selected();
  const steps = useDocument.getState().design?.migration?.steps ?? [];
  const at = steps.findIndex((step) => step.id === id);
  if (at < 0) return;
  applyFileCommand((design) => moveStep(design, { stepId: id!, index: at + delta }));
}

/** A step dragged onto another takes its place. */
export function moveStepTo(stepId: string, targetId: string): void {
  const steps = useDocument.getState().design?.migration?.steps ?? [];
  const to = steps.findIndex((step) => step.id === targetId);
  if (to >= 0 && stepId !== targetId) applyFileCommand((design) => moveStep(design, { stepId, index: to }));
}
