import type { IncomingMessage } from 'node:http';

/**
 * Which request bodies may be held in memory at once: at most `maxBodies` of them and `maxBytes` in all, each
 * counted at its declared length (at the cap when it declares none). The rest are refused (503), so whatever a
 * local process sends, the host's memory for bodies stays bounded (six parallel 127 MB bodies took it from
 * 62 MB to 1.17 GB before). A small body (the page's everyday calls, which may come several at once) never
 * waits for a large one.
 */
export class BodyBudget {
  private bodies = 0;
  private bytes = 0;

  constructor(
    readonly maxBodies: number,
    readonly maxBytes: number,
    /** Bodies up to this size are not counted. */
    readonly smallBytes: number,
  ) {}

  /** A function that gives the reservation back, or undefined when it does not fit (the caller answers 503). */
  take(bytes: number): (() => void) | undefined {
    if (bytes <= this.smallBytes) return () => {};
    if (this.bodies >= this.maxBodies || this.bytes + bytes > this.maxBytes) return undefined;
    this.bodies++;
    this.bytes += bytes;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.bodies--;
      this.bytes -= bytes;
    };
  }
}

/** The length a body declares (Content-Length), or undefined for a chunked body. */
export function declaredLength(request: IncomingMessage): number | undefined {
  const declared = Number(request.headers['content-length']);
  return request.headers['content-length'] !== undefined && Number.isFinite(declared) ? declared : undefined;
}

/**
 * The body, or undefined once more than `maxBytes` have arrived: bytes are counted as they stream in, and
 * reading stops at the cap (a chunked body declares no length).
 */
export function readCappedBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    // One buffer of the declared length, so a body is never held twice (its pieces and their concatenation).
    const declared = declaredLength(request);
    const whole = declared !== undefined && declared <= maxBytes ? Buffer.allocUnsafe(declared) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > maxBytes || (whole && size + chunk.length > whole.length)) {
        request.off('data', onData);
        request.pause();
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    request.on('data', onData);
    request.once('end', () => resolve(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size)));
    request.once('error', reject);
    request.once('close', () => {
      if (!request.complete) reject(new Error('The request was aborted while its body was sent.'));
    });
  });
}
