import { useId, useState } from 'react';
import { moveHostedObjects } from '../../../shared/commands/moveHostedObjects';
import { type HostedKind, hostedKinds } from '../../../shared/model/hosts';
import type { Pool } from '../../../shared/model/pool';
import { hostedCount, hostedNoun } from '../../../shared/wording/planNames';
import { applyCommand } from '../state/documentStore';
import { ModalDialog } from '../ui/ModalDialog';

/** "Call Park orbit ranges" for a checkbox: the guide's plural, its first letter capitalised. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Move hosted objects to…": which Front End pool of the state on screen, and which of the kinds the pool hosts (all
 * of them at first). The move is `moveHostedObjects` through applyCommand, so with a step selected it is recorded
 * there as a `moveHosted` action, one undo step.
 */
export function MoveHostedDialog({
  from,
  targets,
  onClose,
}: {
  from: Pool;
  targets: readonly Pool[];
  onClose: () => void;
}) {
  const hosted = hostedKinds.filter((kind) => (from.hosts?.[kind] ?? 0) > 0);
  const [to, setTo] = useState(targets[0]?.id ?? '');
  const [kinds, setKinds] = useState<ReadonlySet<HostedKind>>(() => new Set(hosted));
  const id = useId();
  const move = () => {
    const what = hosted.filter((kind) => kinds.has(kind));
    if (applyCommand((design) => moveHostedObjects(design, { fromPoolId: from.id, toPoolId: to, what }))) onClose();
  };
  return (
    <ModalDialog title={`Move the hosted objects of ${from.fqdn}`} onClose={onClose} testId="move-hosted-dialog">
      <label className="modal-input" htmlFor={`${id}-to`}>
        To
        {/* biome-ignore lint/a11y/noAutofocus: the dialog's first question takes the focus. */}
        <select id={`${id}-to`} aria-label="To" value={to} onChange={(event) => setTo(event.target.value)} autoFocus>
          {targets.map((pool) => (
            <option key={pool.id} value={pool.id}>
              {pool.fqdn}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="modal-choices">
        <legend>What moves</legend>
        {hosted.map((kind) => (
          <label key={kind} className="field-checkbox">
            <input
              type="checkbox"
              aria-label={capitalised(hostedNoun(kind))}
              checked={kinds.has(kind)}
              onChange={(event) => {
                const next = new Set(kinds);
                if (event.target.checked) next.add(kind);
                else next.delete(kind);
                setKinds(next);
              }}
            />
            {capitalised(hostedCount(kind, from.hosts?.[kind] ?? 0))}
          </label>
        ))}
      </fieldset>
      <div className="modal-buttons">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={kinds.size === 0 || to === ''} onClick={move}>
          Move
        </button>
      </div>
    </ModalDialog>
  );
}
