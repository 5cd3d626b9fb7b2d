import { CURRENT_FORMAT_VERSION } from '../model/design';

/**
 * Forward migrations between format versions: `steps[n]` turns a version-n document into version n+1.
 * Format 1 is the first version, so there is nothing to migrate yet; a future version adds its step here
 * and a test that opens a saved file of the older version.
 */
const steps: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateToCurrent(document: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = document;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
