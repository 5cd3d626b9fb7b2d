import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { parseDesign } from '../../../shared/format/parseDesign';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import type { DesignSummary, RecentFile, RevisionInfo, RevisionSummary } from '../../../shared/ipc/contract';
import type { Design } from '../../../shared/model/design';
import { NotFound } from '../ipc/hostErrors';
import { copyNameFor } from './copyName';
import { migrate } from './migrations';

/** A recent file as the library records it. */
export type StoredRecentFile = Omit<RecentFile, 'missing'>;

/** How many recent files the library remembers. */
const RECENT_FILES_KEPT = 20;

export class LibraryCorrupt extends Error {
  override readonly name = 'LibraryCorrupt';
}

interface DesignRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  revisions: number;
  head_saved_at: string | null;
  draft_saved_at: string | null;
  file_path: string | null;
}

/** Where a save came from: a label for the revision, and the .lyncplan file the design was written to or came from. */
export interface SaveOptions {
  label?: string;
  /** Remembered for the design; a save without one keeps the file remembered before. */
  filePath?: string;
}

/**
 * The local design library: designs with their saved revisions (history), one autosave draft per design for
 * crash recovery, recent files and preferences. Every write is one transaction, so a crash leaves the previous
 * state, never half of a new one.
 */
export class LibraryStore {
  private readonly db: Database.Database;

  constructor(
    file: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.db = new Database(file);
    try {
      this.db.pragma('journal_mode = WAL');
      // FULL: a committed draft survives a power cut too, not only a crash of the app.
      this.db.pragma('synchronous = FULL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 2000');
      migrate(this.db);
    } catch (error) {
      // Closed now, not at garbage collection: openLibrary may move the file aside, and a connection closed later
      // would clean up the -wal by name, which by then is the new library's.
      this.db.close();
      throw error;
    }
  }

  close(): void {
    this.db.close();
  }

  private now(): string {
    return this.clock().toISOString();
  }

  list(): DesignSummary[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.name, d.created_at, d.updated_at,
                (SELECT COUNT(*) FROM revisions r WHERE r.design_id = d.id) AS revisions,
                (SELECT MAX(r.saved_at) FROM revisions r WHERE r.design_id = d.id) AS head_saved_at,
                (SELECT saved_at FROM drafts WHERE design_id = d.id) AS draft_saved_at,
                d.file_path
           FROM designs d ORDER BY d.updated_at DESC, d.name`,
      )
      .all() as DesignRow[];
    return rows.map(summaryOf);
  }

  summary(id: string): DesignSummary | undefined {
    return this.list().find((summary) => summary.id === id);
  }

  /** The newest saved revision and the autosaved draft, each parsed (either may be null), and the design's file. */
  load(id: string): {
    design: Design | null;
    revision: RevisionInfo | null;
    draft: { design: Design; savedAt: string } | null;
    filePath: string | null;
  } {
    const head = this.db
      .prepare('SELECT id, saved_at, content FROM revisions WHERE design_id = ? ORDER BY id DESC LIMIT 1')
      .get(id) as { id: number; saved_at: string; content: string } | undefined;
    const draft = this.db.prepare('SELECT saved_at, content FROM drafts WHERE design_id = ?').get(id) as
      | { saved_at: string; content: string }
      | undefined;
    return {
      design: head ? this.parseStored(head.content, `revision ${head.id}`) : null,
      revision: head ? { designId: id, revision: head.id, savedAt: head.saved_at } : null,
      draft: draft ? { design: this.parseStored(draft.content, 'its autosaved draft'), savedAt: draft.saved_at } : null,
      filePath: this.filePathOf(id),
    };
  }

  /** The .lyncplan file the design was last saved to or opened from, or null for a design kept in the library only. */
  filePathOf(id: string): string | null {
    const row = this.db.prepare('SELECT file_path FROM designs WHERE id = ?').get(id) as
      | { file_path: string | null }
      | undefined;
    return row?.file_path ?? null;
  }

  /** Whether some design of the library is kept in the file at `path`. */
  isDesignFile(path: string): boolean {
    return this.db.prepare('SELECT 1 FROM designs WHERE file_path = ?').get(path) !== undefined;
  }

  /** The design's saved revisions, newest first: which of its saves, when, under which name, with which label, how large. */
  revisions(id: string): RevisionSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS number, saved_at, label,
                json_extract(content, '$.meta.name') AS name, LENGTH(CAST(content AS BLOB)) AS bytes
           FROM revisions WHERE design_id = ? ORDER BY id DESC`,
      )
      .all(id) as Array<{
      id: number;
      number: number;
      saved_at: string;
      label: string | null;
      name: unknown;
      bytes: number;
    }>;
    return rows.map((row) => ({
      revision: row.id,
      number: row.number,
      savedAt: row.saved_at,
      // A damaged revision still lists, so the others can be restored; loading it says what is wrong.
      name: typeof row.name === 'string' ? row.name : '(unreadable)',
      label: row.label,
      bytes: row.bytes,
    }));
  }

  /** One saved revision of the design, parsed. */
  loadRevision(id: string, revision: number): { design: Design; revision: RevisionInfo } {
    const row = this.db
      .prepare('SELECT saved_at, content FROM revisions WHERE design_id = ? AND id = ?')
      .get(id, revision) as { saved_at: string; content: string } | undefined;
    if (!row) throw new NotFound('That revision is no longer in the library.');
    return {
      design: this.parseStored(row.content, `revision ${revision}`),
      revision: { designId: id, revision, savedAt: row.saved_at },
    };
  }

  /** Saves a revision (an explicit save); the draft it supersedes goes. */
  saveRevision(design: Design, { label, filePath }: SaveOptions = {}): RevisionInfo {
    const savedAt = this.now();
    const content = serializeDesign(design);
    return this.db.transaction(() => {
      this.upsertDesign(design, savedAt, filePath);
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO revisions (design_id, saved_at, label, content) VALUES (?, ?, ?, ?)')
        .run(design.meta.id, savedAt, label ?? null, content);
      this.db.prepare('DELETE FROM drafts WHERE design_id = ?').run(design.meta.id);
      return { designId: design.meta.id, revision: Number(lastInsertRowid), savedAt };
    })();
  }

  /** Replaces the design's draft; the saved revisions are untouched. */
  autosave(design: Design, { filePath }: Pick<SaveOptions, 'filePath'> = {}): { savedAt: string } {
    const savedAt = this.now();
    const content = serializeDesign(design);
    this.db.transaction(() => {
      this.upsertDesign(design, savedAt, filePath);
      this.db
        .prepare(
          'INSERT INTO drafts (design_id, saved_at, content) VALUES (?, ?, ?) ON CONFLICT(design_id) DO UPDATE SET saved_at = excluded.saved_at, content = excluded.content',
        )
        .run(design.meta.id, savedAt, content);
    })();
    return { savedAt };
  }

  discardDraft(id: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM drafts WHERE design_id = ?').run(id);
      // A design that was never saved is nothing but its draft.
      this.db
        .prepare('DELETE FROM designs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM revisions WHERE design_id = ?)')
        .run(id, id);
    })();
  }

  /** Renames a design: a new revision carrying the new name, and the draft too if there is one. */
  rename(id: string, name: string): DesignSummary {
    const { design, draft } = this.load(id);
    if (!design && !draft) throw new NotFound(`No design ${id} in the library.`);
    this.db.transaction(() => {
      if (design) this.saveRevision({ ...design, meta: { ...design.meta, name } }, { label: `Renamed to ${name}` });
      if (draft) this.autosave({ ...draft.design, meta: { ...draft.design.meta, name } });
    })();
    return this.summary(id)!;
  }

  /**
   * A copy under a new id, from the newest state (the draft when it is newer than the last revision). It never
   * lands on a design that exists: when `newId` is taken (a replayed request, a clash), the copy gets a fresh id,
   * since saving under a taken id would overwrite that design's name and head revision; its name is one no design
   * has (`copyNameFor`). The check and the save are one transaction.
   */
  duplicate(id: string, newId: string): DesignSummary {
    const { design, draft, revision } = this.load(id);
    const source = draft && (!revision || draft.savedAt >= revision.savedAt) ? draft.design : design;
    if (!source) throw new NotFound(`No design ${id} in the library.`);
    const now = this.now();
    return this.db.transaction(() => {
      let copyId = newId;
      while (this.exists(copyId)) copyId = randomUUID();
      const names = this.db.prepare('SELECT name FROM designs').pluck().all() as string[];
      const name = copyNameFor(source.meta.name, new Set(names));
      // The copy remembers no file: saving it must never overwrite the original's.
      this.saveRevision(
        { ...source, meta: { ...source.meta, id: copyId, name, createdAt: now, modifiedAt: now } },
        { label: 'Duplicated' },
      );
      return this.summary(copyId)!;
    })();
  }

  private exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM designs WHERE id = ?').get(id) !== undefined;
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM designs WHERE id = ?').run(id);
  }

  recordRecentFile(path: string, name: string): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO recent_files (path, name, opened_at) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET name = excluded.name, opened_at = excluded.opened_at',
        )
        .run(path, name, this.now());
      this.db
        .prepare(
          'DELETE FROM recent_files WHERE path NOT IN (SELECT path FROM recent_files ORDER BY opened_at DESC LIMIT ?)',
        )
        .run(RECENT_FILES_KEPT);
    })();
  }

  /** Takes a file off the recent list; the file itself is not touched. */
  forgetRecentFile(path: string): void {
    this.db.prepare('DELETE FROM recent_files WHERE path = ?').run(path);
  }

  /** The recent files as recorded, newest first (whether each is still there is `recentDocuments`' question). */
  recentFiles(): StoredRecentFile[] {
    return (
      this.db.prepare('SELECT path, name, opened_at FROM recent_files ORDER BY opened_at DESC').all() as Array<{
        path: string;
        name: string;
        opened_at: string;
      }>
    ).map((row) => ({ path: row.path, name: row.name, openedAt: row.opened_at }));
  }

  getPreference(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM preferences WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  }

  setPreference(key: string, value: string): void {
    this.setPreferences([[key, value]]);
  }

  /** Sets several preferences in one transaction: all of them are kept, or none. */
  setPreferences(entries: ReadonlyArray<readonly [key: string, value: string]>): void {
    const upsert = this.db.prepare(
      'INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of entries) upsert.run(key, value);
    })();
  }

  /** The design's row; `filePath` replaces the remembered file, and without it the file stays as it was. */
  private upsertDesign(design: Design, at: string, filePath?: string): void {
    this.db
      .prepare(
        `INSERT INTO designs (id, name, created_at, updated_at, file_path) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at,
           file_path = COALESCE(excluded.file_path, designs.file_path)`,
      )
      .run(design.meta.id, design.meta.name, design.meta.createdAt, at, filePath ?? null);
  }

  private parseStored(content: string, what: string): Design {
    const result = parseDesign(content);
    if (!result.ok)
      throw new LibraryCorrupt(`The library copy of this design (${what}) is damaged: ${result.error.message}`);
    return result.design;
  }
}

function summaryOf(row: DesignRow): DesignSummary {
  const draftIsNewer =
    row.draft_saved_at !== null && (row.head_saved_at === null || row.draft_saved_at >= row.head_saved_at);
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revisions: row.revisions,
    draftSavedAt: draftIsNewer ? row.draft_saved_at : null,
    filePath: row.file_path,
  };
}
