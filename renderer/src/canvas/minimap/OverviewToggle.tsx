import { ControlButton } from '@xyflow/react';
import { toggleOverviewMap, usePreferences } from '../../state/preferences';

/** On the canvas's controls, under zoom: shows or hides the overview map (also the M key); the library keeps it. */
export function OverviewToggle() {
  const visible = usePreferences((s) => s.overviewMapVisible);
  return (
    <ControlButton
      onClick={toggleOverviewMap}
      aria-label="Overview map"
      aria-pressed={visible}
      title={visible ? 'Hide the overview map (M)' : 'Show the overview map (M)'}
      className={`overview-toggle${visible ? ' is-on' : ''}`}
      data-testid="overview-toggle"
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="4" y="5" width="5" height="4" fill="currentColor" />
      </svg>
    </ControlButton>
  );
}
