import { describe, expect, it } from 'vitest';
import { clampPanelHeight, MIN_CANVAS_HEIGHT, maxPanelHeight } from './panelHeight';

describe('the findings panel height', () => {
  it('is the planner’s, in whole pixels, where the window has room', () => {
    expect(clampPanelHeight(300.4, 854)).toBe(300);
  });

  it('leaves the canvas its minimum: a smaller window takes from the panel first', () => {
    expect(clampPanelHeight(700, 854)).toBe(854 - MIN_CANVAS_HEIGHT);
    expect(maxPanelHeight(854)).toBe(654);
    expect(clampPanelHeight(300, 400)).toBe(200);
  });

  it('keeps its header and one row, even in a window too small for both', () => {
    expect(clampPanelHeight(10, 854)).toBe(96);
    expect(clampPanelHeight(300, 250)).toBe(96);
  });
});
