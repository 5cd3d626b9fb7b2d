import { FINDINGS_PANEL_HEIGHT } from '../../../shared/ipc/preferences';

/** The canvas keeps at least this much of the stage's height, however tall the planner drags the panel. */
export const MIN_CANVAS_HEIGHT = 200;

/** One press of ArrowUp or ArrowDown on the panel's edge; with Shift, five. */
export const RESIZE_STEP = { step: 16, large: 80 } as const;

/**
 * The height the findings panel is drawn at: the planner's, kept between its header and one row at the least and,
 * at the most, what leaves the canvas its minimum in the stage it has (a smaller window takes from the panel first).
 */
export function clampPanelHeight(height: number, stageHeight: number): number {
  const max = Math.min(FINDINGS_PANEL_HEIGHT.max, Math.max(FINDINGS_PANEL_HEIGHT.min, stageHeight - MIN_CANVAS_HEIGHT));
  return Math.round(Math.min(max, Math.max(FINDINGS_PANEL_HEIGHT.min, height)));
}

/** The largest height the stage allows, for the separator's aria-valuemax. */
export const maxPanelHeight = (stageHeight: number) => clampPanelHeight(Number.POSITIVE_INFINITY, stageHeight);
