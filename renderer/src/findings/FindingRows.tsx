import { memo } from 'react';
import type { Finding } from '../../../shared/rules/define/rule';
import type { StaleWaiver, WaivedFinding } from '../../../shared/waivers/applyWaivers';
import { subjectName } from '../../../shared/wording/entityNames';
import { useDocument } from '../state/documentStore';
import { SeverityIcon } from '../ui/icons';
import { SourceLink } from '../ui/SourceLink';
import type { WaiveRequest } from './WaiveDialog';

/**
 * Keys that stay with a finding when others come and go above it (rule and subjects, numbered when one rule says
 * two things about the same subjects), so React keeps the rows it has instead of remounting every row below.
 */
export function keyed(list: readonly Finding[]): Array<[string, Finding]> {
  const seen = new Map<string, number>();
  return list.map((finding) => {
    const base = `${finding.rule}:${finding.subjects.join(',')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [n === 0 ? base : `${base}#${n}`, finding];
  });
}

/** The day a finding was waived, as the report prints it. */
const day = (iso: string) => iso.slice(0, 10);
const formatValue = (value: number | undefined) => (value === undefined ? 'no value' : value.toLocaleString('en-US'));

/**
 * One finding; rendered again only when its finding object changes (the validator keeps unchanged ones) or a waiver
 * of it stops matching. "Waive…" asks why it is accepted.
 */
export const FindingRow = memo(
  function FindingRow({
    finding,
    stale,
    onFocus,
    onWaive,
    where,
  }: {
    finding: Finding;
    /** For a finding of other states of the plan than the one on screen: which ones. */
    where?: string | undefined;
    /** A waiver of this finding that no longer matches: its value changed since it was waived. */
    stale: StaleWaiver | undefined;
    onFocus: (finding: Finding) => void;
    onWaive: (request: WaiveRequest) => void;
  }) {
    return (
      <li className="finding-row" data-rule={finding.rule}>
        <button
          type="button"
          className={`finding finding-${finding.severity}`}
          onClick={() => onFocus(finding)}
          data-rule={finding.rule}
          data-testid="finding"
        >
          <SeverityIcon severity={finding.severity} />
          <span className="finding-rule">{finding.rule}</span>
          <span className="finding-message">
            {finding.message}
            {where ? (
              <span className="finding-states" data-testid="finding-states">
                {where}
              </span>
            ) : null}
            {stale ? (
              <span className="waiver-note waiver-note-stale" data-testid="finding-stale-waiver">
                Waived at {formatValue(stale.waiver.value)} by {stale.waiver.author}; it is {formatValue(finding.value)}{' '}
                now, so it counts again.
              </span>
            ) : null}
          </span>
        </button>
        <SourceLink source={finding.source} className="finding-source" short />
        <button
          type="button"
          className="finding-action"
          aria-label={`Waive ${finding.rule}`}
          title="Accept this finding as a documented risk, with a reason"
          onClick={() =>
            onWaive(stale ? { finding, replaces: { id: stale.waiver.id, reason: stale.waiver.reason } } : { finding })
          }
        >
          Waive…
        </button>
      </li>
    );
  },
  (a, b) => a.finding === b.finding && a.stale === b.stale && a.where === b.where,
);

/** What a waiver says: its reason, who gave it and when. */
function WaiverNote({ reason, author, waivedAt }: { reason: string; author: string; waivedAt: string }) {
  return (
    <span className="waiver-note" data-testid="waiver-note">
      “{reason}” — {author}, {day(waivedAt)}
    </span>
  );
}

/** A waived finding: shown with the waiver's reason, author and date; "Restore" makes it count again. */
export function WaivedRow({
  item: { finding, waiver },
  onFocus,
  onRestore,
}: {
  item: WaivedFinding;
  onFocus: (finding: Finding) => void;
  onRestore: (id: string) => void;
}) {
  return (
    <li className="finding-row is-waived" data-testid="waived-finding" data-rule={finding.rule}>
      <button type="button" className="finding finding-waived" onClick={() => onFocus(finding)}>
        <SeverityIcon severity={finding.severity} />
        <span className="finding-rule">{finding.rule}</span>
        <span className="finding-message">
          {finding.message}
          <WaiverNote {...waiver} />
        </span>
      </button>
      <SourceLink source={finding.source} className="finding-source" short />
      <button
        type="button"
        className="finding-action"
        aria-label={`Restore ${finding.rule}`}
        onClick={() => onRestore(waiver.id)}
      >
        Restore
      </button>
    </li>
  );
}

/** The names of a stale waiver's subjects, read from the open design (only these rows subscribe to it). */
function SubjectNames({ ids }: { ids: readonly string[] }) {
  const names = useDocument((s) =>
    s.view ? ids.map((id) => subjectName(s.view!.design, id)).join(', ') : ids.join(', '),
  );
  return <>{names || 'the design'}</>;
}

/** A waiver that no longer matches: why not, and "Remove" to drop it. */
export function StaleRow({ item: { waiver, now }, onRemove }: { item: StaleWaiver; onRemove: (id: string) => void }) {
  return (
    <li className="finding-row is-stale" data-testid="stale-waiver" data-rule={waiver.rule}>
      <div className="finding finding-stale">
        <span className="severity-icon" />
        <span className="finding-rule">{waiver.rule}</span>
        <span className="finding-message">
          {now ? (
            <>
              No longer matches: waived at {formatValue(waiver.value)}, the rule now finds {formatValue(now.value)} and
              the finding counts again.
            </>
          ) : (
            <>
              No longer matches: the rule finds nothing about <SubjectNames ids={waiver.subjects} /> any more.
            </>
          )}
          <WaiverNote {...waiver} />
        </span>
      </div>
      <span />
      <button
        type="button"
        className="finding-action"
        aria-label={`Remove the waiver of ${waiver.rule}`}
        onClick={() => onRemove(waiver.id)}
      >
        Remove
      </button>
    </li>
  );
}
