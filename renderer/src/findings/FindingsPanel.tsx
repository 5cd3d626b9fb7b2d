import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { setPreferences, usePreferences } from '../state/preferences';
import { FindingsList } from './FindingsList';
import { PanelResizeHandle } from './PanelResizeHandle';
import { clampPanelHeight, maxPanelHeight } from './panelHeight';

const toggleCollapsed = () =>
  setPreferences({ findingsPanelCollapsed: !usePreferences.getState().findingsPanelCollapsed });

/**
 * The findings under the canvas, at the height the planner gave them (kept in the library, see preferences.ts) and
 * never at the height of what they list: a panel that grew when the first finding appeared took the place of the
 * canvas under the pointer, and a drop aimed there landed on the panel. Its top edge resizes it; collapsed, only
 * the header with the counts shows.
 */
export function FindingsPanel() {
  const stored = usePreferences((s) => s.findingsPanelHeight);
  const collapsed = usePreferences((s) => s.findingsPanelCollapsed);
  const panel = useRef<HTMLElement>(null);
  const stageHeight = useParentHeight(panel);
  // While the edge is dragged (or a key held), the height follows it here; the library keeps it when let go.
  const [resizing, setResizing] = useState<number | null>(null);
  const height = clampPanelHeight(resizing ?? stored, stageHeight);
  const commit = () => {
    if (resizing === null) return;
    setPreferences({ findingsPanelHeight: height });
    setResizing(null);
  };
  const resize = useCallback((next: number) => setResizing(clampPanelHeight(next, stageHeight)), [stageHeight]);

  return (
    <section
      ref={panel}
      className={`findings${collapsed ? ' is-collapsed' : ''}`}
      style={collapsed ? undefined : { height }}
      aria-label="Findings"
      data-testid="findings"
    >
      {collapsed ? null : (
        <PanelResizeHandle height={height} max={maxPanelHeight(stageHeight)} onResize={resize} onCommit={commit} />
      )}
      <FindingsList collapsed={collapsed} onToggle={toggleCollapsed} />
    </section>
  );
}

/** The height of the element's parent (the stage), measured before the first paint and on every resize. */
function useParentHeight(element: React.RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useLayoutEffect(() => {
    const parent = element.current?.parentElement;
    if (!parent) return;
    const measure = () => setHeight(parent.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [element]);
  return height;
}
