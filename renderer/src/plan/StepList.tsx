import { memo, useEffect, useMemo, useRef } from 'react';
import { START_STATE, type Step } from '../../../shared/model/migration';
import { countOf } from '../../../shared/wording/numbers';
import { useDocument } from '../state/documentStore';
import type { StateCounts } from '../state/planView';
import { selectState, useUi } from '../state/uiStore';
import { deleteSelectedStep, moveSelectedStep, moveStepTo, renameSelectedStep, stepBy } from './planActions';
import { stepGroups } from './stepGroups';

const STEP_MIME = 'application/x-lyncplan-step';
const NO_STEPS: readonly Step[] = [];
const ZERO: StateCounts = { error: 0, warning: 0 };

/**
 * `Start` and every step, under the guide's phases, as one listbox: the selected option is the state on screen.
 * Arrow keys walk it, Alt+Shift+arrows move the step, F2 renames, Delete deletes; a step dragged onto another takes
 * its place.
 */
export function StepList() {
  const steps = useDocument((s) => s.design?.migration?.steps ?? NO_STEPS);
  const counts = useDocument((s) => s.plan?.counts);
  const selected = useUi((s) => s.selectedState);
  const groups = useMemo(() => stepGroups(steps), [steps]);
  const list = useRef<HTMLDivElement>(null);

  // The selected state stays in view (and keeps the focus while the list has it): after each selection or edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the DOM is read; the dependencies say when to read it.
  useEffect(() => {
    const option = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    option?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (list.current?.contains(document.activeElement)) option?.focus();
  }, [selected, steps]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const done = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.altKey && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      done();
      moveSelectedStep(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (!event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      done();
      stepBy(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (event.key === 'Home' || event.key === 'End') {
      done();
      stepBy(event.key === 'Home' ? -Infinity : Infinity);
    } else if (event.key === 'F2') {
      done();
      void renameSelectedStep();
    } else if (event.key === 'Delete') {
      done();
      deleteSelectedStep();
    }
  };

  return (
    <div
      ref={list}
      className="step-list"
      role="listbox"
      aria-label="States of the plan"
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      data-testid="step-list"
    >
      <div className="step-group step-group-start">
        <span className="step-group-title" aria-hidden="true">
          Today
        </span>
        <StepOption
          id={START_STATE}
          name="Start"
          counts={counts?.get(START_STATE)}
          selected={selected === START_STATE}
        />
      </div>
      {groups.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox's groups are ARIA groups; a fieldset is a form's.
        <div key={group.key} className="step-group" role="group" aria-label={group.phaseName}>
          <span className="step-group-title" title={group.phaseName} aria-hidden="true">
            {group.phaseName}
          </span>
          <div className="step-group-steps">
            {group.steps.map(({ step, index }) => (
              <StepOption
                key={step.id}
                id={step.id}
                name={step.name}
                notes={step.notes}
                number={index + 1}
                counts={counts?.get(step.id)}
                selected={selected === step.id}
              />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

const StepOption = memo(function StepOption({
  id,
  name,
  notes,
  number,
  counts = ZERO,
  selected,
}: {
  id: string;
  name: string;
  notes?: string | undefined;
  number?: number;
  counts: StateCounts | undefined;
  selected: boolean;
}) {
  const draggable = number !== undefined;
  const findings =
    counts.error + counts.warning === 0
      ? 'no error or warning'
      : [counts.error ? countOf(counts.error, 'error') : '', counts.warning ? countOf(counts.warning, 'warning') : '']
          .filter(Boolean)
          .join(', ');
  return (
    <div
      role="option"
      aria-selected={selected}
      aria-label={`${number !== undefined ? `Step ${number}: ` : ''}${name}, ${findings}`}
      tabIndex={selected ? 0 : -1}
      className={`step-option${selected ? ' is-selected' : ''}`}
      title={notes ? `${name}\n\n${notes}` : name}
      data-testid="step-option"
      data-state={id}
      data-errors={counts.error}
      data-warnings={counts.warning}
      onClick={() => selectState(id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') selectState(id);
      }}
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData(STEP_MIME, id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (draggable && event.dataTransfer.types.includes(STEP_MIME)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = event.dataTransfer.getData(STEP_MIME);
        if (!dragged || !draggable) return;
        event.preventDefault();
        moveStepTo(dragged, id);
      }}
    >
      {number !== undefined ? <span className="step-number">{number}</span> : null}
      <span className="step-name">{name}</span>
      {notes ? (
        <span className="step-notes" role="img" aria-label="has notes" data-testid="step-has-notes">
          ✎
        </span>
      ) : null}
      {counts.error > 0 ? (
        <span className="step-count step-count-error" aria-hidden="true" data-testid="step-errors">
          {counts.error}
        </span>
      ) : null}
      {counts.warning > 0 ? (
        <span className="step-count step-count-warning" aria-hidden="true" data-testid="step-warnings">
          {counts.warning}
        </span>
      ) : null}
    </div>
  );
});
