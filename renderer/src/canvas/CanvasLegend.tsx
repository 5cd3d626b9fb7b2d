import { Panel } from '@xyflow/react';
import { memo } from 'react';
import { CHANGE_WORDS } from './nodes/ChangeTag';

/**
 * The canvas's key to what is not self-explaining: the look of a Lync Server 2010 object (in a design that has
 * any), and, while a step's changes are shown, the marks of what it adds, changes and removes. Nothing otherwise:
 * a 2013-only design without a plan keeps an empty corner.
 */
export const CanvasLegend = memo(function CanvasLegend({ legacy, marks }: { legacy: boolean; marks: boolean }) {
  if (!legacy && !marks) return null;
  return (
    <Panel position="top-right" className="canvas-legend nopan nodrag" data-testid="canvas-legend">
      <ul aria-label="Legend">
        {legacy ? (
          <li data-testid="legend-legacy">
            <span className="legend-swatch legend-legacy" aria-hidden>
              <span className="version-tag">2010</span>
            </span>
            Lync Server 2010 (dashed)
          </li>
        ) : null}
        {marks
          ? (['added', 'changed', 'removed'] as const).map((mark) => (
              <li key={mark} data-testid={`legend-${mark}`} title={CHANGE_WORDS[mark].title}>
                <span className={`legend-swatch legend-${mark}`} aria-hidden />
                {mark === 'removed' ? 'removed (ghost)' : `${CHANGE_WORDS[mark].tag} in this step`}
              </li>
            ))
          : null}
      </ul>
    </Panel>
  );
});
