import type Database from 'better-sqlite3';

/**
 * Forward-only schema migrations of the library. `migrations[n]` takes the database from version n to
 * n + 1; the version is SQLite's `PRAGMA user_version`. Never edit a shipped step: add the next one.
 */
export const migrations: readonly string[] = [
  // 0 -> 1: designs, their saved revisions, autosave drafts, recent files, preferences.
  `
  CREATE TABLE designs (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE revisions (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id TEXT NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
    saved_at  TEXT NOT NULL,
    label     TEXT,
    content   TEXT NOT NULL
  );
  CREATE INDEX revisions_by_design ON revisions(design_id, id);
  CREATE TABLE drafts (
    design_id TEXT PRIMARY KEY REFERENCES designs(id) ON DELETE CASCADE,
    saved_at  TEXT NOT NULL,
    content   TEXT NOT NULL
  );
  CREATE TABLE recent_files (
    path      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    opened_at TEXT NOT NULL
  );
  CREATE TABLE preferences (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 1 -> 2: the .lyncplan file each design was last saved to or opened from, so Save writes it again after the
  // design is reopened from the library. NULL: a design kept in the library only.
  `
  ALTER TABLE designs ADD COLUMN file_path TEXT;
  `,
];

/** A library whose schema is newer than this lyncplan's: `version` is its user_version, `known` the newest we read. */
export class LibraryTooNew extends Error {
  override readonly name = 'LibraryTooNew';
  constructor(
    readonly version: number,
    readonly known: number,
  ) {
    super(
      `The design library was written by a newer lyncplan (schema ${version}; this one reads up to ${known}). Update lyncplan to use it.`,
    );
  }
}

/** Brings the database to the newest version, one transaction per step; refuses a library from a newer app. */
export function migrate(db: Database.Database, steps: readonly string[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new LibraryTooNew(current, steps.length);
  }
  for (let version = current; version < steps.length; version++) {
    db.transaction(() => {
      db.exec(steps[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return steps.length;
}
