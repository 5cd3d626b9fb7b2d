import { create } from 'zustand';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/ipc/preferences';
import { host, unwrap } from '../contract/contractClient';
import { notify } from './uiStore';

/**
 * How the planner left the window (the findings panel's height, the overview map), kept in the library through
 * `preferences.read` / `preferences.write`, so it is the same after a restart. View state, never in a design.
 */
export const usePreferences = create<Required<Preferences>>(() => ({ ...DEFAULT_PREFERENCES }));

/**
 * Reads the stored preferences once, at start (before the planner can open a design, so the canvas is laid out
 * at the stored size); a host that cannot answer leaves the defaults.
 */
export async function loadPreferences(): Promise<void> {
  try {
    usePreferences.setState(await unwrap(host.preferences.read({})));
  } catch {
    // The defaults stay; a host that does not answer says so on the first design it is asked to load.
  }
}

// Writes go one after the other, so the library ends with the last one even if an earlier request is slow.
let writing: Promise<void> = Promise.resolve();

/** Applies the preferences at once and keeps them in the library. */
export function setPreferences(patch: Preferences): void {
  usePreferences.setState(patch);
  writing = writing.then(async () => {
    try {
      await unwrap(host.preferences.write(patch));
    } catch (error) {
      notify(
        `lyncplan could not keep this setting: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      );
    }
  });
}

/** The overview map in the canvas's corner: the toggle on the canvas controls and the M key. */
export function toggleOverviewMap(): void {
  setPreferences({ overviewMapVisible: !usePreferences.getState().overviewMapVisible });
}
