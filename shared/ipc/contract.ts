import { z } from 'zod';
import { designSchema } from '../model/design';
import type { Channel } from './channels';
import { menuStateSchema } from './menuState';
import { preferencesSchema } from './preferences';

const designId = z.uuid({ message: 'expected a design id (UUID)' });
const isoTime = z.iso.datetime({ offset: true });
/** A file path chosen by the user; bounded so a hostile payload cannot ask for megabytes of path. */
const filePath = z.string().min(1, { message: 'expected a file path' }).max(4096);

export const designSummarySchema = z.object({
  id: designId,
  name: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  revisions: z.number().int().nonnegative(),
  /** When the newest autosaved draft is newer than the last saved revision: recoverable unsaved work. */
  draftSavedAt: isoTime.nullable(),
  /** The .lyncplan file the design was last saved to or opened from; null when it is kept in the library only. */
  filePath: filePath.nullable(),
});

export const revisionInfoSchema = z.object({
  designId,
  revision: z.number().int().positive(),
  savedAt: isoTime,
});

/**
 * A saved revision as the library lists it: its id (`revision`, unique in the library, for loading it), which save
 * of the design it was (`number`: 1 for the first), when, under which name, the save's label, and its size in bytes.
 */
export const revisionSummarySchema = z.object({
  revision: z.number().int().positive(),
  number: z.number().int().positive(),
  savedAt: isoTime,
  name: z.string(),
  label: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
});

/**
 * A file opened or saved lately. `missing`: nothing is at the path any more (checked when the list is read): the
 * file is marked, not dropped, so the planner sees where it was and removes it from the list themselves.
 */
export const recentFileSchema = z.object({ path: filePath, name: z.string(), openedAt: isoTime, missing: z.boolean() });

const canceled = z.object({ canceled: z.literal(true) });

/** Files an export writes; the extension follows the kind. */
export const exportKindSchema = z.enum(['png', 'svg', 'csv', 'md']);
/** 64 MB of file at most, as for designs: base64 for images, plain text for SVG, CSV and Markdown. */
const MAX_EXPORT_CHARS = 90 * 1024 * 1024;
const exportContentSchema = z.discriminatedUnion('encoding', [
  z.object({ encoding: z.literal('utf8'), text: z.string().max(MAX_EXPORT_CHARS) }),
  z.object({
    encoding: z.literal('base64'),
    data: z
      .string()
      .max(MAX_EXPORT_CHARS)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'expected base64 data' }),
  }),
]);
/** A printed page's paper size in millimetres, as the print route lays it out (its margins are drawn by the route). */
export const printPageSchema = z.object({
  widthMm: z.number().min(50).max(2000),
  heightMm: z.number().min(50).max(2000),
});

/**
 * The contract between the renderer and the Node side: for each channel, its argument and result schemas.
 * Both hosts (Electron IPC and the web host's HTTP) validate every argument against it before a service runs.
 */
export const contract = {
  'app.info': {
    args: z.object({}),
    result: z.object({
      host: z.enum(['electron', 'web']),
      /** false in the web host: the renderer asks for paths itself. */
      nativeDialogs: z.boolean(),
      version: z.string(),
      documentsDir: z.string(),
      pathSeparator: z.enum(['/', '\\']),
      /** Said once at start: the library was damaged, moved aside and replaced by a new one (where it went, why). */
      libraryNotice: z.string().optional(),
    }),
  },
  'library.list': { args: z.object({}), result: z.array(designSummarySchema) },
  'library.load': {
    args: z.object({ id: designId }),
    result: z.object({
      design: designSchema.nullable(),
      revision: revisionInfoSchema.nullable(),
      draft: z.object({ design: designSchema, savedAt: isoTime }).nullable(),
      /** Where Save writes the design besides the library: the file it was last saved to or opened from. */
      filePath: filePath.nullable(),
    }),
  },
  /** A design's saved revisions, newest first; an id the library does not hold has none. */
  'library.revisions': { args: z.object({ id: designId }), result: z.array(revisionSummarySchema) },
  /** One saved revision of a design, to preview or restore. */
  'library.loadRevision': {
    args: z.object({ id: designId, revision: z.number().int().positive({ message: 'expected a revision number' }) }),
    result: z.object({ design: designSchema, revision: revisionInfoSchema }),
  },
  /** `filePath`: the file this save also wrote (or the design came from), remembered for the design. */
  'library.saveRevision': {
    args: z.object({ design: designSchema, label: z.string().max(200).optional(), filePath: filePath.optional() }),
    result: revisionInfoSchema,
  },
  'library.autosave': {
    args: z.object({ design: designSchema, filePath: filePath.optional() }),
    result: z.object({ savedAt: isoTime }),
  },
  'library.discardDraft': { args: z.object({ id: designId }), result: z.object({}) },
  'library.rename': {
    args: z.object({ id: designId, name: z.string().trim().min(1).max(200) }),
    result: designSummarySchema,
  },
  'library.duplicate': { args: z.object({ id: designId, newId: designId }), result: designSummarySchema },
  'library.delete': { args: z.object({ id: designId }), result: z.object({}) },
  'recent.list': { args: z.object({}), result: z.array(recentFileSchema) },
  /** Takes a file off the recent list (the file itself is not touched); answers the list as `recent.list` does. */
  'recent.remove': { args: z.object({ path: filePath }), result: z.array(recentFileSchema) },
  'file.saveAs': {
    args: z.object({ design: designSchema, path: filePath.optional() }),
    result: z.union([z.object({ path: filePath }), canceled]),
  },
  'file.save': { args: z.object({ design: designSchema, path: filePath }), result: z.object({ path: filePath }) },
  'file.open': {
    args: z.object({ path: filePath.optional() }),
    result: z.union([
      z.object({
        path: filePath,
        design: designSchema,
        /** The file was written in this older format version; saving writes the current one (migration.md). */
        upgradedFrom: z.number().int().positive().optional(),
      }),
      canceled,
    ]),
  },
  'export.save': {
    args: z.object({
      kind: exportKindSchema,
      /** The file name offered in the dialog; in the web host, `path` is the file the user typed. */
      suggestedName: z.string().min(1).max(255),
      path: filePath.optional(),
      content: exportContentSchema,
    }),
    result: z.union([z.object({ path: filePath }), canceled]),
  },
  /** Desktop only: the print route as a PDF, written atomically where the user chooses. */
  'print.pdf': {
    args: z.object({ suggestedName: z.string().min(1).max(255), page: printPageSchema }),
    result: z.union([z.object({ path: filePath, bytes: z.number().int().nonnegative() }), canceled]),
  },
  /** Desktop only: the system print dialog for the print route. */
  'print.print': { args: z.object({ page: printPageSchema }), result: z.object({ printed: z.boolean() }) },
  /**
   * Desktop only: a finding's source page in the system browser. The host opens only an https address on a host of
   * the source table (`SOURCE_HOSTS`); in a browser the page's own link opens it.
   */
  'shell.openSource': {
    args: z.object({ url: z.string().min(1, { message: 'expected the address of a source page' }).max(2048) }),
    result: z.object({ opened: z.literal(true) }),
  },
  /** The preferences the library keeps (panel height, overview map): only the keys ever set. */
  'preferences.read': { args: z.object({}), result: preferencesSchema },
  /** Sets the keys it names and keeps the others; answers every preference kept, as `preferences.read` does. */
  'preferences.write': { args: preferencesSchema, result: preferencesSchema },
  /** Desktop only: which commands the native menu shows enabled and checked (menuState.ts); the web host has none. */
  'menu.state': { args: menuStateSchema, result: z.object({}) },
} as const satisfies Record<Channel, { args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;
export type DesignSummary = z.infer<typeof designSummarySchema>;
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;
export type RecentFile = z.infer<typeof recentFileSchema>;
export type ExportKind = z.infer<typeof exportKindSchema>;
export type PrintPage = z.infer<typeof printPageSchema>;
