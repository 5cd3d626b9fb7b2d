import type { FormatError } from '../../../shared/format/formatError';
import { parseDesign } from '../../../shared/format/parseDesign';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import type { Design } from '../../../shared/model/design';
import { type AtomicWriteHooks, atomicWrite } from './atomicWrite';
import { decodeDesignText } from './decodeDesignText';
import { describeFileError } from './fileErrors';
import { FileTooLargeError, readRegularFile } from './readRegularFile';

/** Larger files are refused before they are read: a 10,000-server design is a few MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const LYNCPLAN_EXTENSION = '.lyncplan';

export class DesignFileError extends Error {
  override readonly name = 'DesignFileError';
  constructor(
    message: string,
    readonly kind: 'invalid-file' | 'io',
    readonly format?: FormatError,
  ) {
    super(message);
  }
}

/** Reads and fully validates a `.lyncplan` file; every failure is a DesignFileError with a message to show. */
export async function readDesignFile(path: string): Promise<Design> {
  return (await readDesignFileAndVersion(path)).design;
}

/** readDesignFile, and the format version the file was written in (an older one is migrated on reading). */
export async function readDesignFileAndVersion(path: string): Promise<{ design: Design; formatVersion: number }> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      throw new DesignFileError(
        `Could not open ${path}: at ${(error.size / 1048576).toFixed(0)} MB it is larger than any design (the limit is ${MAX_FILE_BYTES / 1048576} MB).`,
        'invalid-file',
      );
    }
    throw new DesignFileError(describeFileError(error, 'open', path), 'io');
  }
  const decoded = decodeDesignText(bytes);
  if (!decoded.ok) throw new DesignFileError(decoded.message, 'invalid-file');
  const text = decoded.text;
  const result = parseDesign(text);
  if (!result.ok) throw new DesignFileError(result.error.message, 'invalid-file', result.error);
  return { design: result.design, formatVersion: result.formatVersion };
}

/** Writes a design in the canonical format, atomically; the old file survives any failure. */
export async function writeDesignFile(path: string, design: Design, hooks?: AtomicWriteHooks): Promise<void> {
  const text = serializeDesign(design);
  try {
    await atomicWrite(path, text, hooks);
  } catch (error) {
    throw new DesignFileError(describeFileError(error, 'save', path), 'io');
  }
}

/** `name.lyncplan` for a path the user typed without the extension. */
export function withLyncplanExtension(path: string): string {
  return path.toLowerCase().endsWith(LYNCPLAN_EXTENSION) ? path : `${path}${LYNCPLAN_EXTENSION}`;
}
