import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../shared/ipc/preferences';
import { usePreferences } from './preferences';

/** The colours in force: the planner's choice, or the system's when they left it to the system. */
export type ShownTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function shownTheme(theme: Theme, systemDark: boolean): ShownTheme {
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

// One query for the page's life: the canvas asks for the theme on each of its renders (every frame of a drag), and
// matchMedia would build a new query list each time.
let darkQuery: MediaQueryList | undefined;
const systemDarkQuery = () => {
  darkQuery ??= window.matchMedia(DARK_QUERY);
  return darkQuery;
};
const systemDark = () => systemDarkQuery().matches;

function onSystemThemeChange(changed: () => void): () => void {
  const query = systemDarkQuery();
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** The theme in force, following both View ▸ Theme and the system's setting as either changes. */
export function useShownTheme(): ShownTheme {
  const theme = usePreferences((s) => s.theme);
  const dark = useSyncExternalStore(onSystemThemeChange, systemDark);
  return shownTheme(theme, dark);
}

/**
 * Puts the theme on the page's root, where app.css reads it (`data-theme`). Called once before the first paint
 * with the system's setting, so a dark system never flashes a light window while the preferences load.
 */
export function applyTheme(theme: ShownTheme): void {
  document.documentElement.dataset.theme = theme;
}

export const applySystemTheme = (): void => applyTheme(shownTheme('system', systemDark()));
