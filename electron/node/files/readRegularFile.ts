import { constants, promises as fs } from 'node:fs';
import { FileRefusedError } from './fileRefused';

/** A file larger than the cap: the caller words the refusal (it knows what the file was meant to be). */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  constructor(readonly size: number) {
    super(`the file is ${size} bytes`);
  }
}

/**
 * The bytes of a regular file, at most `maxBytes`, checked and read through one handle so that what was checked is
 * what is read. Opened non-blocking: opening a FIFO for reading would otherwise wait for a writer forever; the
 * handle's fstat then refuses a FIFO, a device (/dev/zero would be read without end) or a folder before one byte
 * is read. The read stops at the cap even if the file grows after the fstat.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  // O_NONBLOCK does not exist on Windows (undefined there), where opening a named pipe does not block.
  const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileRefusedError(`${path} is a folder`, 'EISDIR');
    if (!stat.isFile()) throw new FileRefusedError(`${path} is not a regular file`, 'ENOTREGULAR');
    if (stat.size > maxBytes) throw new FileTooLargeError(stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // What fstat promised plus one byte (to see the end), in chunks of 64 KB to 16 MB, never past the cap + 1.
      const want = Math.min(maxBytes + 1 - total, Math.max(stat.size + 1 - total, 1 << 16), 1 << 24);
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLargeError(total);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
