import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { HostResponse } from '../../../shared/ipc/response';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security/contentSecurityPolicy';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { contentTypeOf, resolveStaticFile } from './staticFiles';

/** A design of 10,000 servers is a few MB; anything far larger is refused before it is read. */
const MAX_REQUEST_BYTES = 128 * 1024 * 1024;
export const TOKEN_HEADER = 'x-lyncplan-token';
export const TOKEN_META = 'lyncplan-token';

export interface WebHostOptions {
  handlers: Handlers;
  rendererDir: string;
  /** 0 for any free port. */
  port: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and binds the contract over HTTP on 127.0.0.1, for `npm run web` and the
 * end-to-end tests. Every API call must carry the per-run token, which only the served page knows; the Host
 * header must name 127.0.0.1 or localhost, so a web page cannot reach the host through DNS rebinding.
 * Never part of the packaged app.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `Internal error: ${String(error)}`);
      else response.destroy();
    });
  });

  let port = options.port;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (!isLocalHost(request.headers.host, port))
      return send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    const url = request.url ?? '/';
    if (url.startsWith('/api/')) return handleApi(request, response, decodeURIComponent(url.slice(5).split('?')[0]!));
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = await resolveStaticFile(options.rendererDir, url);
    if (file && !file.endsWith('index.html')) {
      const body = await fs.readFile(file);
      return send(response, 200, contentTypeOf(file), body, { 'cache-control': 'no-cache' });
    }
    // Every other path is a route of the single-page app.
    const html = await fs.readFile(join(options.rendererDir, 'index.html'), 'utf8');
    const withToken = html.replace('</head>', `<meta name="${TOKEN_META}" content="${token}"></head>`);
    return send(response, 200, 'text/html; charset=utf-8', withToken, { 'cache-control': 'no-store' });
  };

  const handleApi = async (request: IncomingMessage, response: ServerResponse, channel: string) => {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
      return sendJson(response, 403, {
        ok: false,
        error: { code: 'forbidden', message: 'Missing or wrong lyncplan token.' },
      });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { ok: false, error: { code: 'bad-request', message: 'Requests are JSON.' } });
    }
    const body = await readBody(request);
    if (body === undefined) {
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'bad-request', message: 'The request is larger than any design.' },
      });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'bad-request', message: 'The request body is not JSON.' },
      });
    }
    return sendJson(response, 200, await dispatch(options.handlers, channel, payload));
  };

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    server,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': type, ...securityHeaders, ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: HostResponse<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body), { 'cache-control': 'no-store' });
}
