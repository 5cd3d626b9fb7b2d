import {
  type PreferenceKey,
  type Preferences,
  preferenceKeys,
  preferencesSchema,
} from '../../../shared/ipc/preferences';
import type { LibraryStore } from './libraryStore';

/**
 * The planner's preferences as the library keeps them: one row of the `preferences` table per key, its value as
 * JSON. A stored value the schema no longer accepts (a library edited by hand, or written by a lyncplan with other
 * limits) reads as never set, so the renderer falls back to its default instead of refusing to start.
 */
export function readPreferences(store: LibraryStore): Preferences {
  const preferences: Record<string, unknown> = {};
  for (const key of preferenceKeys) {
    const stored = store.getPreference(key);
    if (stored === undefined) continue;
    const value = parseJson(stored);
    if (preferencesSchema.shape[key].safeParse(value).success) preferences[key] = value;
  }
  return preferences as Preferences;
}

/** Sets the keys the patch names (already validated against the contract), in one transaction; answers them all. */
export function writePreferences(store: LibraryStore, patch: Preferences): Preferences {
  const entries = (Object.entries(patch) as Array<[PreferenceKey, unknown]>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, JSON.stringify(value)] as const);
  store.setPreferences(entries);
  return readPreferences(store);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
