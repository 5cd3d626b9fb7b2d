import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { FINDINGS_PANEL_HEIGHT } from '../../../shared/ipc/preferences';
import { RESIZE_STEP } from './panelHeight';

const RESIZE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The findings panel's top edge (a window splitter): drag it, or focus it and press ArrowUp / ArrowDown (Shift: a
 * bigger step; Home and End: smallest and largest), to share the stage between the canvas and the findings.
 * `onResize` follows the pointer or the key; `onCommit` comes once, when the pointer or the key is let go.
 */
export function PanelResizeHandle({
  height,
  max,
  onResize,
  onCommit,
}: {
  height: number;
  max: number;
  onResize: (height: number) => void;
  onCommit: () => void;
}) {
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // No text selection while dragging; the handle takes the focus, so the keys resize from here on.
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.startHeight + drag.current.startY - event.clientY);
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    onCommit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!RESIZE_KEYS.has(event.key)) return;
    // Not the canvas's: ArrowUp here grows the panel, it does not nudge the selection.
    event.preventDefault();
    event.stopPropagation();
    const step = event.shiftKey ? RESIZE_STEP.large : RESIZE_STEP.step;
    if (event.key === 'ArrowUp') onResize(height + step);
    else if (event.key === 'ArrowDown') onResize(height - step);
    else onResize(event.key === 'Home' ? FINDINGS_PANEL_HEIGHT.min : max);
  };
  const onKeyUp = (event: KeyboardEvent<HTMLDivElement>) => {
    if (RESIZE_KEYS.has(event.key)) onCommit();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused or dragged; a focusable separator is the ARIA window splitter.
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label="Findings panel height"
      aria-valuenow={height}
      aria-valuemin={FINDINGS_PANEL_HEIGHT.min}
      aria-valuemax={max}
      tabIndex={0}
      className="findings-resize"
      data-testid="findings-resize"
      title="Drag, or press ↑ and ↓, to give the findings or the canvas more room"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    />
  );
}
