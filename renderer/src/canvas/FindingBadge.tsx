import { memo } from 'react';
import type { FindingSummary } from '../../../shared/validation/findingSummary';

/** The count of findings on a node, coloured by the worst of them. */
export const FindingBadge = memo(function FindingBadge({ summary }: { summary: FindingSummary | undefined }) {
  if (!summary) return null;
  const label = `${summary.count} ${summary.worst === 'error' ? 'error' : summary.worst === 'warning' ? 'warning' : 'note'}${summary.count === 1 ? '' : 's'}`;
  return (
    <span
      className={`finding-badge finding-badge-${summary.worst}`}
      role="img"
      title={label}
      aria-label={label}
      data-severity={summary.worst}
    >
      {summary.worst === 'info' ? 'i' : '!'}
      {summary.count > 1 ? <span className="finding-badge-count">{summary.count}</span> : null}
    </span>
  );
});
