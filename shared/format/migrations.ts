import { CURRENT_FORMAT_VERSION } from '../model/design';

/**
 * Forward migrations between format versions: `steps[n]` turns a version-n document into version n+1, and
 * `migrateToCurrent` stamps each result with its new version.
 *
 * 1 → 2 (migration.md, "What changes from version 1"): version 2 only adds optional fields (the plan, `hosts`,
 * `sipSrvTarget`, `xmpp`, the 2010 Archiving and Monitoring roles), and everything of version 1 keeps its meaning,
 * so a version 1 document is a version 2 design with no plan. What version 1 could not hold is dropped rather than
 * given a version 2 meaning it was never written with: a version 1 file that carried a `migration` key was not
 * written by lyncplan, and its content was ignored by every lyncplan that read it.
 */
const steps: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {
  1: ({ migration: _ignored, ...document }) => document,
};

export function migrateToCurrent(document: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = document;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
