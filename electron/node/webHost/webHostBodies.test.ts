import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from '../testing/tempDir';
import { startWebHost, type WebHost } from './webHost';

const CAP = 4 * 1024 * 1024;
const SMALL = 64 * 1024;
let dir: ReturnType<typeof tempDir>;
let store: LibraryStore;
let host: WebHost;
let cookie: string;

beforeEach(async () => {
  dir = tempDir();
  mkdirSync(join(dir.path, 'renderer'));
  writeFileSync(join(dir.path, 'renderer', 'index.html'), '<html></html>');
  store = new LibraryStore(join(dir.path, 'library.sqlite'));
  const handlers: Handlers = createHandlers({
    store,
    info: { host: 'web', version: '0.0.0', documentsDir: dir.path, pathSeparator: '/' },
  });
  host = await startWebHost({
    handlers,
    rendererDir: join(dir.path, 'renderer'),
    port: 0,
    limits: { maxBodyBytes: CAP, maxBodiesInFlight: 4, maxBufferedBytes: 2 * CAP, smallBodyBytes: SMALL },
    logError: () => {},
  });
  const signedIn = await fetch(host.loginUrl, { redirect: 'manual' });
  cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
});
afterEach(async () => {
  await host.close();
  store.close();
  dir.remove();
});

interface Sent {
  status: number;
  retryAfter?: string;
  /** Body bytes the client had written when the answer came. */
  written: number;
}

/**
 * A POST whose body streams in 64 KB pieces until `total` bytes or until the host answers, like a local process
 * pushing a huge body. `declare` sends Content-Length; otherwise the body is chunked and declares nothing.
 */
function post(total: number, declare: boolean, paceMs = 0): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path: '/api/library.list',
        method: 'POST',
        headers: {
          cookie,
          origin: host.url.slice(0, -1),
          'content-type': 'application/json',
          ...(declare ? { 'content-length': String(total) } : {}),
        },
      },
      (res) => {
        answered = true;
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            written,
            ...(res.headers['retry-after'] ? { retryAfter: String(res.headers['retry-after']) } : {}),
          }),
        );
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const piece = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      if (answered || req.destroyed) return;
      if (written >= total) return void req.end();
      const size = Math.min(piece.length, total - written);
      written += size;
      const more = req.write(size === piece.length ? piece : piece.subarray(0, size));
      if (paceMs > 0) setTimeout(pump, paceMs);
      else if (more) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
}

describe('web host: request bodies are bounded', () => {
  it('refuses a body declared above the cap with 413 before reading any of it', async () => {
    const answer = await post(100 * CAP, true, 20);
    expect(answer.status).toBe(413);
    expect(answer.written).toBeLessThan(CAP);
  });

  it('stops reading a chunked body at the cap (413) instead of buffering the rest', async () => {
    const answer = await post(100 * CAP, false);
    expect(answer.status).toBe(413);
    expect(answer.written).toBeLessThan(20 * CAP);
  });

  it('buffers at most four large bodies at once: of six slow parallel ones, two get 503 with Retry-After', async () => {
    // Each body is large but well under the budget, and arrives slowly, so all six are in flight together.
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(CAP / 4, true, 5)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([400, 400, 400, 400, 503, 503]);
    expect(answers.filter((answer) => answer.status === 503).map((answer) => answer.retryAfter)).toEqual(['1', '1']);
    // Once those are done, the host takes a large body again.
    expect((await post(CAP / 4, true)).status).toBe(400);
  });

  it('holds at most twice the cap in bodies: of six near the cap, two are read and four get 503', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(CAP - 1000, true, 2)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([400, 400, 503, 503, 503, 503]);
  });

  it('never refuses the page’s small calls for coming many at once', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => post(SMALL / 2, true, 5)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(400));
  });
});
