/** One problem found while reading a `.lyncplan` text, with the place it was found. */
export interface FormatIssue {
  /** A JSON path such as `pools[2].fqdn`, or `(file)` for the document as a whole. */
  path: string;
  message: string;
}

/** Why a text could not be read as a design; `message` is one sentence a user can act on. */
export interface FormatError {
  message: string;
  issues: FormatIssue[];
  line?: number;
  column?: number;
}

/** `pools[2].fqdn` from `['pools', 2, 'fqdn']`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || '(file)';
}
