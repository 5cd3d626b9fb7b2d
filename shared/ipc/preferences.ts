import { z } from 'zod';

/**
 * The findings panel's height in CSS pixels, as far as the library keeps it: at least its header and one row, at
 * most more than any window is tall. The renderer keeps it inside the window it has (`panelHeight.ts`).
 */
export const FINDINGS_PANEL_HEIGHT = { min: 96, max: 4000 } as const;

const panelHeight = z
  .number({ message: 'expected the findings panel height in pixels' })
  .int({ message: 'expected the findings panel height in whole pixels' })
  .min(FINDINGS_PANEL_HEIGHT.min, {
    message: `expected the findings panel height from ${FINDINGS_PANEL_HEIGHT.min} to ${FINDINGS_PANEL_HEIGHT.max} pixels`,
  })
  .max(FINDINGS_PANEL_HEIGHT.max, {
    message: `expected the findings panel height from ${FINDINGS_PANEL_HEIGHT.min} to ${FINDINGS_PANEL_HEIGHT.max} pixels`,
  });

/**
 * The window's colours: the system's light or dark setting, or one of them whatever the system says (View ▸ Theme).
 * The Electron host also sets the native theme from it, so menus and dialogs match the page.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * How the planner left the window, kept in the library across restarts: view settings, never part of a design.
 * Every key is optional: a key never set takes the renderer's default, and a write names only the keys it changes.
 * Strict, so a misspelt key is refused instead of silently kept.
 */
export const preferencesSchema = z.strictObject({
  findingsPanelHeight: panelHeight.optional(),
  findingsPanelCollapsed: z.boolean({ message: 'expected true or false' }).optional(),
  overviewMapVisible: z.boolean({ message: 'expected true or false' }).optional(),
  theme: z.enum(THEMES, { message: 'expected the theme system, light or dark' }).optional(),
});

export type Preferences = z.infer<typeof preferencesSchema>;
export type PreferenceKey = keyof Preferences;
export const preferenceKeys = Object.keys(preferencesSchema.shape) as PreferenceKey[];

/** What each preference is until the planner changes it (the renderer's defaults; the library stores only changes). */
export const DEFAULT_PREFERENCES: Required<Preferences> = {
  findingsPanelHeight: 280,
  findingsPanelCollapsed: false,
  overviewMapVisible: true,
  theme: 'system',
};
