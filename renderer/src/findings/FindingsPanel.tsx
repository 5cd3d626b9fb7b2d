import { useReactFlow } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import { type Finding, type Severity, severities } from '../../../shared/rules/define/rule';
import { setSelection, useDocument } from '../state/documentStore';
import { SeverityIcon } from '../ui/icons';

const NONE: Finding[] = [];

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

/** One finding; rendered again only when its finding object changes (the validator keeps unchanged ones). */
const FindingRow = memo(
  function FindingRow({ finding, onFocus }: { finding: Finding; onFocus: (finding: Finding) => void }) {
    return (
      <li>
        <button
          type="button"
          className={`finding finding-${finding.severity}`}
          onClick={() => onFocus(finding)}
          data-rule={finding.rule}
          data-testid="finding"
        >
          <SeverityIcon severity={finding.severity} />
          <span className="finding-rule">{finding.rule}</span>
          <span className="finding-message">{finding.message}</span>
          <span className="finding-source" title={finding.source}>
            {sourceLabel(finding.source)}
          </span>
        </button>
      </li>
    );
  },
  (a, b) => a.finding === b.finding,
);

const titles: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** The page name of a source path, short enough for a row: "capacity-planning-using-the-user-models". */
export function sourceLabel(source: string): string {
  const page = source.split('/').pop() ?? source;
  return page.replace(/^lync-server-2013-/, '').replace(/\.md$/, '');
}

/**
 * Every finding of the design, grouped by severity, with the rule and its documented source. Clicking one
 * selects its subject and brings it into view.
 */
export function FindingsPanel() {
  const findings = useDocument((s) => s.validation?.findings ?? NONE);
  const { fitView } = useReactFlow();
  const [collapsed, setCollapsed] = useState(false);
  const grouped = useMemo(() => {
    const map = new Map<Severity, Finding[]>(severities.map((severity) => [severity, []]));
    for (const finding of findings) map.get(finding.severity)!.push(finding);
    return map;
  }, [findings]);

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
        {findings.length === 0 ? (
          <span className="findings-clean">No findings: the design meets every rule checked.</span>
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
                    <FindingRow key={key} finding={finding} onFocus={focus} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
