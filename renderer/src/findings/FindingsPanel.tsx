import { useReactFlow } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import { unwaiveFinding } from '../../../shared/commands/unwaiveFinding';
import { type Finding, type Severity, severities } from '../../../shared/rules/define/rule';
import type { StaleWaiver, WaivedFinding, WaiverOutcome } from '../../../shared/waivers/applyWaivers';
import { subjectName } from '../../../shared/wording/entityNames';
import { applyCommand, setSelection, useDocument } from '../state/documentStore';
import { SeverityIcon } from '../ui/icons';
import { SourceLink } from '../ui/SourceLink';
import { WaiveDialog, type WaiveRequest } from './WaiveDialog';

const NONE: Finding[] = [];
const NO_WAIVERS: WaiverOutcome = { waived: [], stale: [] };

/**
 * Keys that stay with a finding when others come and go above it (rule and subjects, numbered when one rule says
 * two things about the same subjects), so React keeps the rows it has instead of remounting every row below.
 */
function keyed(list: readonly Finding[]): Array<[string, Finding]> {
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
const FindingRow = memo(
  function FindingRow({
    finding,
    stale,
    onFocus,
    onWaive,
  }: {
    finding: Finding;
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
  (a, b) => a.finding === b.finding && a.stale === b.stale,
);

const titles: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** What a waiver says: its reason, who gave it and when. */
function WaiverNote({ reason, author, waivedAt }: { reason: string; author: string; waivedAt: string }) {
  return (
    <span className="waiver-note" data-testid="waiver-note">
      “{reason}” — {author}, {day(waivedAt)}
    </span>
  );
}

/** A waived finding: shown with the waiver's reason, author and date; "Restore" makes it count again. */
function WaivedRow({
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
    s.design ? ids.map((id) => subjectName(s.design!, id)).join(', ') : ids.join(', '),
  );
  return <>{names || 'the design'}</>;
}

/** A waiver that no longer matches: why not, and "Remove" to drop it. */
function StaleRow({ item: { waiver, now }, onRemove }: { item: StaleWaiver; onRemove: (id: string) => void }) {
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

const restore = (id: string) => applyCommand((design) => unwaiveFinding(design, { id }));

/**
 * Every finding of the design, grouped by severity, with the rule and its documented source (the page's title,
 * opening the page). Clicking one selects its subject and brings it into view. Waived findings have a section of
 * their own, with their reasons; they count neither in the totals here nor on the canvas's badges.
 */
export function FindingsPanel() {
  const findings = useDocument((s) => s.validation?.findings ?? NONE);
  const waivers = useDocument((s) => s.validation?.waivers ?? NO_WAIVERS);
  const { fitView } = useReactFlow();
  const [collapsed, setCollapsed] = useState(false);
  const [waiving, setWaiving] = useState<WaiveRequest | null>(null);
  const grouped = useMemo(() => {
    const map = new Map<Severity, Finding[]>(severities.map((severity) => [severity, []]));
    for (const finding of findings) map.get(finding.severity)!.push(finding);
    return map;
  }, [findings]);
  const staleOf = useMemo(() => {
    const map = new Map<Finding, StaleWaiver>();
    for (const stale of waivers.stale) if (stale.now && !map.has(stale.now)) map.set(stale.now, stale);
    return map;
  }, [waivers]);
  const { waived, stale } = waivers;

  // Read at the click, not subscribed: the panel draws findings and need not render again for every edit.
  const focus = (finding: Finding) => {
    const subject = finding.subjects[0];
    const validation = useDocument.getState().validation;
    if (!subject || !validation) return;
    setSelection([subject]);
    const link = validation.index.linksById.get(subject);
    const nodes = link ? [{ id: link.siteA }, { id: link.siteB }] : [{ id: subject }];
    void fitView({ nodes, duration: 350, padding: 0.35, maxZoom: 1.2 });
  };

  return (
    <section className={`findings${collapsed ? ' is-collapsed' : ''}`} aria-label="Findings" data-testid="findings">
      <header className="findings-header">
        <button
          type="button"
          className="findings-toggle"
          onClick={() => setCollapsed(!collapsed)}
          aria-expanded={!collapsed}
        >
          Findings
        </button>
        {severities.map((severity) => (
          <span
            key={severity}
            className={`findings-count findings-count-${severity}`}
            data-testid={`count-${severity}`}
          >
            <SeverityIcon severity={severity} /> {grouped.get(severity)!.length}
          </span>
        ))}
        {waived.length > 0 ? (
          <span className="findings-count findings-count-waived" data-testid="count-waived">
            {waived.length} waived
          </span>
        ) : null}
        {findings.length === 0 ? (
          <span className="findings-clean">
            {waived.length === 0
              ? 'No findings: the design meets every rule checked.'
              : 'No findings count: the others are waived.'}
          </span>
        ) : null}
      </header>
      {collapsed ? null : (
        <div className="findings-list">
          {severities.map((severity) => {
            const list = grouped.get(severity)!;
            if (list.length === 0) return null;
            return (
              <section key={severity} className="findings-group" aria-label={titles[severity]}>
                <h3 className="findings-group-title">
                  {titles[severity]} ({list.length})
                </h3>
                <ul>
                  {keyed(list).map(([key, finding]) => (
                    <FindingRow
                      key={key}
                      finding={finding}
                      stale={staleOf.get(finding)}
                      onFocus={focus}
                      onWaive={setWaiving}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {waived.length > 0 || stale.length > 0 ? (
            <section className="findings-group findings-waived" aria-label="Waived" data-testid="waived-section">
              <h3 className="findings-group-title">Waived ({waived.length})</h3>
              <ul>
                {waived.map((item) => (
                  <WaivedRow key={item.waiver.id} item={item} onFocus={focus} onRestore={restore} />
                ))}
              </ul>
              {stale.length > 0 ? (
                <>
                  <h4 className="findings-group-title findings-subtitle">No longer matching ({stale.length})</h4>
                  <ul>
                    {stale.map((item) => (
                      <StaleRow key={item.waiver.id} item={item} onRemove={restore} />
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ) : null}
        </div>
      )}
      {waiving ? <WaiveDialog request={waiving} onClose={() => setWaiving(null)} /> : null}
    </section>
  );
}
