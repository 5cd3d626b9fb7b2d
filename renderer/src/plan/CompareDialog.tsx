import { useEffect, useId, useMemo, useState } from 'react';
import { START_STATE } from '../../../shared/model/migration';
import { useDocument } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { ModalDialog } from '../ui/ModalDialog';
import { compareStates, stateName } from './stateComparison';

const sections = [
  ['added', 'Added'],
  ['removed', 'Removed'],
  ['moved', 'Users moved'],
  ['changed', 'Changed'],
] as const;

/**
 * "Compare with…": the state on screen against a second state picked here, the difference read from the earlier of
 * the two to the later, by what happened (added, removed, moved, changed), each entity by its name.
 */
export function CompareDialog({ onClose }: { onClose: () => void }) {
  const states = useDocument((s) => s.plan?.validation.states);
  const selected = useUi((s) => s.selectedState) ?? START_STATE;
  const ids = states?.ids ?? [];
  const [other, setOther] = useState(() => (selected === START_STATE ? ids[ids.length - 1]! : START_STATE));
  const comparison = useMemo(
    () => (states && states.indexOf(other) !== undefined ? compareStates(states, selected, other) : undefined),
    [states, selected, other],
  );
  const pickerId = useId();
  useEffect(() => {
    useUi.setState({ compareOpen: true });
    return () => useUi.setState({ compareOpen: false });
  }, []);
  if (!states || !comparison) return null;
  const empty = sections.every(([key]) => comparison[key].length === 0);
  return (
    <ModalDialog
      title={`Compare ${stateName(states, selected)} with another state`}
      onClose={onClose}
      className="modal-wide compare-dialog"
      testId="compare-dialog"
    >
      <label className="modal-input" htmlFor={pickerId}>
        Compare with
        {/* biome-ignore lint/a11y/noAutofocus: the dialog's one question takes the focus. */}
        <select id={pickerId} value={other} onChange={(event) => setOther(event.target.value)} autoFocus>
          {ids.map((id) => (
            <option key={id} value={id}>
              {stateName(states, id)}
            </option>
          ))}
        </select>
      </label>
      <p className="modal-detail" data-testid="compare-between">
        From <strong>{comparison.from.name}</strong> to <strong>{comparison.to.name}</strong>
      </p>
      {empty ? (
        <p className="modal-message">No difference: the two states are the same topology.</p>
      ) : (
        <div className="compare-columns">
          {sections.map(([key, title]) =>
            comparison[key].length === 0 ? null : (
              <section key={key} aria-label={title} data-testid={`compare-${key}`}>
                <h3>
                  {title} ({comparison[key].length})
                </h3>
                <ul>
                  {comparison[key].map((line, i) => (
                    // Two lines may read alike (two unnamed groups of one count): the place keeps them apart.
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list is drawn once per comparison.
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </section>
            ),
          )}
        </div>
      )}
      <div className="modal-buttons">
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
