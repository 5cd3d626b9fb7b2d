import { migrationPhase } from '../../../shared/catalog/migrationPhases';
import { useDocument } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { CompareDialog } from './CompareDialog';
import {
  addStepAfterSelected,
  deleteSelectedStep,
  editSelectedStepNotes,
  renameSelectedStep,
  stepBy,
} from './planActions';
import { StepList } from './StepList';

/**
 * The migration plan above the canvas, the whole width of the window (it fits 960 px): back and forth, the states
 * under the guide's phases, and a line saying what the state on screen is: the selected step's changes in one line
 * (stepSummary), which heads the canvas. Only a design with a plan has it.
 */
export function PlanStrip() {
  const hasPlan = useDocument((s) => s.plan !== null);
  const view = useDocument((s) => s.view);
  const total = useDocument((s) => s.design?.migration?.steps.length ?? 0);
  // In the ui store, so Plan ▸ Compare With… in the menu opens it too.
  const comparing = useUi((s) => s.compareOpen);
  const setComparing = (open: boolean) => useUi.setState({ compareOpen: open });
  if (!hasPlan || !view) return null;
  const { step, stepIndex = -1 } = view;
  const phase = step ? migrationPhase(step.phase)?.name : undefined;
  return (
    <section className="plan-strip" aria-label="Migration plan" data-testid="plan-strip">
      <div className="plan-strip-bar">
        <button
          type="button"
          className="button button-small plan-strip-nav"
          aria-label="Previous state"
          title="Previous state (Alt+←)"
          disabled={stepIndex < 0}
          onClick={() => stepBy(-1)}
        >
          ‹
        </button>
        <button
          type="button"
          className="button button-small plan-strip-nav"
          aria-label="Next state"
          title="Next state (Alt+→)"
          disabled={stepIndex >= total - 1}
          onClick={() => stepBy(1)}
        >
          ›
        </button>
        <StepList />
        <div className="plan-strip-actions">
          <button type="button" className="button button-small" onClick={() => void addStepAfterSelected()}>
            Add step
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!step}
            onClick={() => void renameSelectedStep()}
          >
            Rename…
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!step}
            onClick={() => void editSelectedStepNotes()}
          >
            Notes…
          </button>
          <button type="button" className="button button-small" disabled={!step} onClick={deleteSelectedStep}>
            Delete step
          </button>
          <button type="button" className="button button-small" onClick={() => setComparing(true)}>
            Compare with…
          </button>
        </div>
      </div>
      <p
        className="plan-summary"
        data-testid="step-summary"
        title={step ? `Step ${stepIndex + 1} of ${total} · ${phase} · ${step.name}: ${view.summary}` : undefined}
      >
        {step ? (
          <>
            <span className="plan-summary-where">
              Step {stepIndex + 1} of {total} · {step.name}:
            </span>{' '}
            <strong data-testid="step-summary-line">{view.summary}</strong>
          </>
        ) : (
          <>
            <strong>Start</strong>: the estate before the plan ({total} {total === 1 ? 'step' : 'steps'} follow)
          </>
        )}
      </p>
      {comparing ? <CompareDialog onClose={() => setComparing(false)} /> : null}
    </section>
  );
}
