/**
 * What a `.lyncplan` file must not be able to do to the terminal that prints it: C0 controls but the newline, tab and
 * CRLF (ESC starts `\x1b[2J` and every other escape sequence; CR overwrites a line), DEL, the C1 controls (U+0080–U+009F;
 * U+009B is a one-character CSI to many terminals), the Unicode line and paragraph separators, and the bidirectional
 * controls that reorder what is shown ("Trojan Source", CVE-2021-42574): the embeddings and overrides U+202A–U+202E,
 * the isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C. The marks only nudge neutral characters, but
 * they are invisible and a planning report never needs them, so they are shown too rather than argued about.
 */
// CR only before LF is a line ending (the CSV report's CRLF); anywhere else it returns the cursor over the line.
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this escapes.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const hex = (char: string, width: number) => char.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');

/** Text for a terminal: each control shown as an escape (`\x1B`, `\u202E`); line endings and tabs kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => (char.charCodeAt(0) < 0x100 ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
}

/**
 * JSON text with the same controls written as JSON escapes (`\u202E`), so it parses to exactly the same values:
 * JSON.stringify already escapes C0 controls, but leaves DEL, C1 and the bidirectional controls raw.
 * Outside strings JSON has no such characters, so a plain replacement is safe.
 */
export function escapeControlsInJson(json: string): string {
  return json.replace(CONTROLS, (char) => `\\u${hex(char, 4)}`);
}
