import type { z } from 'zod';
import { CURRENT_FORMAT_VERSION, type Design, designSchema, FORMAT_NAME } from '../model/design';
import { describeForeignFile } from './foreignFile';
import { type FormatError, type FormatIssue, jsonPath } from './formatError';
import { lineAndColumn, offsetOfSyntaxError } from './jsonPosition';
import { migrateToCurrent } from './migrations';

/** `formatVersion` is the version the file was written in (older than the design's when it was migrated on reading). */
export type ParseResult = { ok: true; design: Design; formatVersion: number } | { ok: false; error: FormatError };

/** How many schema issues one error lists; the first is the headline. */
const MAX_LISTED_ISSUES = 20;

const fail = (message: string, issues: FormatIssue[] = [], where?: { line: number; column: number }): ParseResult => ({
  ok: false,
  error: { message, issues, ...where },
});

/**
 * Reads the text of a `.lyncplan` file. Never throws: every way a file can be wrong (not JSON, not a design,
 * a newer format, a schema violation, a duplicate or dangling id) gives one message naming the place.
 */
export function parseDesign(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const foreign = describeForeignFile(source);
  if (foreign) return fail(foreign);
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const offset = offsetOfSyntaxError(reason, source);
    const where = offset === undefined ? undefined : lineAndColumn(source, offset);
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    return fail(`The file is not valid JSON${at}: ${reason}`, [], where);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const found = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`;
    return fail(`The file is not a lyncplan design: it holds ${found}, not a JSON object.`);
  }
  const document = raw as Record<string, unknown>;
  if (document.format !== FORMAT_NAME) {
    const found = document.format === undefined ? 'missing' : JSON.stringify(document.format);
    return fail(`The file is not a lyncplan design: its "format" field is ${found} (expected "${FORMAT_NAME}").`, [
      { path: 'format', message: `expected "${FORMAT_NAME}"` },
    ]);
  }
  const version = document.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      `The file's "formatVersion" is ${JSON.stringify(version) ?? 'missing'}; expected a whole number from 1.`,
      [{ path: 'formatVersion', message: 'expected a whole number' }],
    );
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail(
      `This design was saved in format version ${version} by a newer lyncplan; this version reads format version ${CURRENT_FORMAT_VERSION}. Update lyncplan to open it.`,
      [{ path: 'formatVersion', message: `newer than ${CURRENT_FORMAT_VERSION}` }],
    );
  }
  const result = designSchema.safeParse(migrateToCurrent(document, version));
  if (!result.success) return fail(...describeSchemaIssues(result.error.issues, document));
  return { ok: true, design: result.data, formatVersion: version };
}

function describeSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  document: Record<string, unknown>,
): [string, FormatIssue[]] {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => ({
    path: describePlace(issue.path, document),
    message: issue.message,
  }));
  const first = listed[0] ?? { path: '(file)', message: 'the design does not match format version 1' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return [`The design is invalid at ${first.path}: ${first.message}${more}.`, listed];
}

/** `pools[2] (id "p-fe1").fqdn`: the JSON path, with the entity's id beside its index, to find it in a long file. */
function describePlace(path: ReadonlyArray<PropertyKey>, document: Record<string, unknown>): string {
  const [collection, index, ...rest] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return jsonPath(path);
  const list = document[collection];
  const entity = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
  if (!entity || typeof entity.id !== 'string' || entity.id.length > 128) return jsonPath(path);
  const tail = rest.length > 0 ? jsonPath(rest) : '';
  return `${jsonPath([collection, index])} (id ${JSON.stringify(entity.id)})${tail.startsWith('[') || tail === '' ? tail : `.${tail}`}`;
}
