import { formatCount } from '../../../shared/wording/numbers';
import { firstInvalidUtf8Byte } from './firstInvalidUtf8Byte';

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * A `.lyncplan` file's bytes as text, refusing what would otherwise be read wrongly in silence: a UTF-16 file
 * (named as such, since an editor's "Unicode" setting is the usual cause) and invalid UTF-8 (with the offset of the
 * first bad byte, instead of U+FFFD in a server's name). A UTF-8 byte order mark is accepted and dropped: Windows
 * Notepad wrote one for years, it carries no meaning in UTF-8, and lyncplan writes files without it.
 */
export function decodeDesignText(bytes: Uint8Array): DecodedText {
  if (looksLikeUtf16(bytes)) {
    return { ok: false, message: 'The file is saved as UTF-16; lyncplan files are UTF-8. Save it again as UTF-8.' };
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const offset = start + firstInvalidUtf8Byte(body);
    return {
      ok: false,
      message: `The file is not UTF-8 at byte ${formatCount(offset)} (counted from 0); lyncplan files are UTF-8 text.`,
    };
  }
}

/**
 * A byte order mark (FF FE little-endian, FE FF big-endian), or a NUL in either of the first two bytes: JSON text
 * in UTF-8 never holds a NUL, while UTF-16 gives an ASCII `{` or a space a NUL half.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return false;
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return (a === 0) !== (b === 0);
}
