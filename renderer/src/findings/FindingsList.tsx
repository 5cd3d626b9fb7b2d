import { useReactFlow } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import { unwaiveFinding } from '../../../shared/commands/unwaiveFinding';
import { type Finding, type Severity, severities } from '../../../shared/rules/define/rule';
import type { StaleWaiver, WaiverOutcome } from '../../../shared/waivers/applyWaivers';
import { applyFileCommand, setSelection, useDocument } from '../state/documentStore';
import { selectState, useUi } from '../state/uiStore';
import { SeverityIcon } from '../ui/icons';
import { FindingRow, keyed, StaleRow, WaivedRow } from './FindingRows';
import { focusOf, otherStatesNote } from './findingStates';
import { WaiveDialog, type WaiveRequest } from './WaiveDialog';

const NONE: Finding[] = [];
const NO_WAIVERS: WaiverOutcome = { waived: [], stale: [] };
const titles: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

const restore = (id: string) => applyFileCommand((design) => unwaiveFinding(design, { id }));

/**
 * Every finding of the design, grouped by severity, with the rule and its documented source (the page's title,
 * opening the page). Clicking one selects its subject and brings it into view. Waived findings have a section of
 * their own, with their reasons; they count neither in the totals here nor on the canvas's badges. Collapsed, only
 * the header with the counts shows. Memoised: resizing the panel does not draw the findings again.
 */
export const FindingsList = memo(function FindingsList({
  collapsed,
  onToggle,
}: {
  collapsed: boolean;
  onToggle: () => void;
}) {
  const allStates = useUi((s) => s.findingsOfAllStates);
  const selectedState = useUi((s) => s.selectedState);
  const plan = useDocument((s) => s.plan);
  const stateFindings = useDocument((s) => s.view?.validation.findings ?? NONE);
  const stateWaivers = useDocument((s) => s.view?.validation.waivers ?? NO_WAIVERS);
  // "All states": every finding of the plan, each once, noted with the states it holds in when not this one.
  const everyState = allStates && plan !== null;
  const findings = everyState ? plan.findings : stateFindings;
  const waivers = everyState ? plan.waivers : stateWaivers;
  const whereOf = (finding: Finding) =>
    everyState && selectedState !== undefined
      ? otherStatesNote(finding, plan.validation.states, selectedState)
      : undefined;
  const { fitView } = useReactFlow();
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
  // A finding of another state of the plan shows that state first, then its subject once the canvas has drawn it.
  const focus = (finding: Finding) => {
    const { plan: current } = useDocument.getState();
    const { state, subject } = focusOf(finding, current?.validation.states, useUi.getState().selectedState);
    if (state !== undefined) selectState(state);
    const validation = useDocument.getState().view?.validation;
    if (!subject || !validation) return;
    setSelection([subject]);
    const link = validation.index.linksById.get(subject);
    const nodes = link ? [{ id: link.siteA }, { id: link.siteB }] : [{ id: subject }];
    const bringIntoView = () => void fitView({ nodes, duration: 350, padding: 0.35, maxZoom: 1.2 });
    if (state === undefined) bringIntoView();
    else requestAnimationFrame(() => requestAnimationFrame(bringIntoView));
  };

  return (
    <>
      <header className="findings-header">
        <button type="button" className="findings-toggle" onClick={onToggle} aria-expanded={!collapsed}>
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
        {plan ? (
          <label className="findings-all-states">
            <input
              type="checkbox"
              checked={allStates}
              onChange={(event) => useUi.setState({ findingsOfAllStates: event.target.checked })}
              data-testid="findings-all-states"
            />
            All states
          </label>
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
                      where={whereOf(finding)}
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
    </>
  );
});
