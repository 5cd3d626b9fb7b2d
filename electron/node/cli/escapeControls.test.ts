import { describe, expect, it } from 'vitest';
import { escapeControls, escapeControlsInJson } from './escapeControls';

describe('escapeControls', () => {
  it('shows an escape sequence and a bidi override instead of sending them to the terminal', () => {
    expect(escapeControls('Pool\u001b[2J\u202Egnp.exe')).toBe('Pool\\x1B[2J\\u202Egnp.exe');
  });

  it.each([
    ['a bell and a backspace', 'a\u0007b\u0008', 'a\\x07b\\x08'],
    ['a CR that would overwrite the line', 'safe\rEVIL', 'safe\\x0DEVIL'],
    ['DEL and the C1 CSI', 'x\u007f\u009b31m', 'x\\x7F\\x9B31m'],
    ['the isolates', '\u2066a\u2067b\u2068c\u2069', '\\u2066a\\u2067b\\u2068c\\u2069'],
    ['the embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e', '\\u202A\\u202B\\u202C\\u202D\\u202E'],
    ['the marks', 'a\u200eb\u200fc\u061c', 'a\\u200Eb\\u200Fc\\u061C'],
    ['the Unicode line separators', 'a\u2028b\u2029', 'a\\u2028b\\u2029'],
  ])('escapes %s', (_name, input, shown) => {
    expect(escapeControls(input)).toBe(shown);
  });

  it('keeps newlines, tabs, CRLF line endings and every other character', () => {
    const text = 'Zürich\tפול 東京 🎧\nline two\r\nline three';
    expect(escapeControls(text)).toBe(text);
  });
});

describe('escapeControlsInJson', () => {
  it('writes the controls JSON.stringify leaves raw as JSON escapes: the same value, nothing raw', () => {
    const value = { name: 'Pool\u001b[2J\u202Egnp\u009b\u007f\u2066' };
    const json = escapeControlsInJson(JSON.stringify(value, null, 2));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the raw controls must be gone.
    expect(json).not.toMatch(/[\u001b\u202e\u009b\u007f\u2066]/);
    expect(json).toContain('\\u202E');
    expect(JSON.parse(json)).toEqual(value);
  });
});
