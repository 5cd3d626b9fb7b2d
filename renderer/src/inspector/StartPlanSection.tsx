import { addStepAfterSelected } from '../plan/planActions';
import { useDocument } from '../state/documentStore';
import { Section } from './Figure';

/**
 * A design without a plan has no plan strip, so its first step is started here, by hand (issue 13): the step is the
 * shared `addStep`, one undo step, and it is selected, so what is drawn next is recorded into it. In the design's
 * inspector rather than the toolbar, which has no room left at 960 px.
 */
export function StartPlanSection() {
  const hasPlan = useDocument((s) => s.design?.migration !== undefined);
  if (hasPlan) return null;
  return (
    <Section title="Migration plan">
      <p className="field-hint">
        No plan yet. Plan the migration… in the toolbar proposes one for the Lync Server 2010 pools; or start one by
        hand: each step records what the canvas changes while it is selected.
      </p>
      <div className="inspector-actions">
        <button
          type="button"
          className="button"
          onClick={() => void addStepAfterSelected()}
          data-testid="add-first-step-button"
        >
          Add a migration step
        </button>
      </div>
    </Section>
  );
}
