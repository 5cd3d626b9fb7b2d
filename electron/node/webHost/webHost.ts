import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../files/designFiles';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { cookieNameFor, cookieValue, sessionCookie, TOKEN_PARAMETER, tokenMatches } from './accessToken';
import { BodyBudget, declaredLength, readCappedBody } from './requestBody';
import { parseRequestTarget, withoutParameter } from './requestTarget';
import { OPEN_PRINTED_URL, refuseJson, send, sendJson, sendText } from './responses';
import { contentTypeOf, resolveStaticFile } from './staticFiles';

/**
 * No request is larger than the largest design file lyncplan opens (a design of 10,000 servers is a few MB), so
 * anything larger is refused before it is read. A body is held up to three times while it is parsed (its bytes,
 * its text, the parsed value), hence the small budget below.
 */
const MAX_REQUEST_BYTES = MAX_FILE_BYTES;
/** Large bodies buffered at once, and their bytes in all; one more is refused (503, Retry-After). */
const MAX_BODIES_IN_FLIGHT = 4;
const MAX_BUFFERED_BYTES = 2 * MAX_REQUEST_BYTES;
/** The page's everyday calls are smaller than this and are never refused for being many at once. */
const SMALL_BODY_BYTES = 256 * 1024;

export interface WebHostOptions {
  handlers: Handlers;
  rendererDir: string;
  /** 0 for any free port. */
  port: number;
  /** The body cap and how many large bodies (and bytes) may be buffered at once; tests lower them. */
  limits?: { maxBodyBytes?: number; maxBodiesInFlight?: number; maxBufferedBytes?: number; smallBodyBytes?: number };
  /** Where a failure's detail goes: the host's terminal, never a response. */
  logError?: (message: string, error: unknown) => void;
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/`: the host's origin, which refuses a browser without the cookie. */
  url: string;
  /** The address to print and open: `url` with `?token=…`, which trades the token for the cookie. */
  loginUrl: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and binds the contract over HTTP on 127.0.0.1, for `npm run web` and the
 * end-to-end tests. It is a local server any local process can reach, so it trusts nothing but its secret: a
 * browser presents the printed `/?token=…` once and gets an HttpOnly, SameSite=Strict cookie, and every request
 * without that cookie (the page, its scripts, the API) is refused. API calls must also come from the page's own
 * origin (`Origin`, against cross-site requests), and the Host header must name 127.0.0.1 or localhost (DNS
 * rebinding). Never part of the packaged app.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('hex');
  const maxBodyBytes = options.limits?.maxBodyBytes ?? MAX_REQUEST_BYTES;
  const budget = new BodyBudget(
    options.limits?.maxBodiesInFlight ?? MAX_BODIES_IN_FLIGHT,
    options.limits?.maxBufferedBytes ?? MAX_BUFFERED_BYTES,
    options.limits?.smallBodyBytes ?? SMALL_BODY_BYTES,
  );
  const logError = options.logError ?? ((message, error) => console.error(`lyncplan web host: ${message}`, error));
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logError(`${request.method} ${String(request.url).slice(0, 200)} failed`, error);
      if (!response.headersSent)
        sendText(response, 500, 'The lyncplan web host failed on this request; the reason is in its terminal.');
      else response.destroy();
    });
  });

  let port = options.port;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host;
    if (!isLocalHost(host, port)) return sendText(response, 421, 'Misdirected request.');
    const target = parseRequestTarget(request.url);
    if (!target) return sendText(response, 400, 'That address is malformed.');

    const offered = target.query.get(TOKEN_PARAMETER);
    if (offered !== null) {
      if (request.method !== 'GET' || !tokenMatches(offered, token)) return sendText(response, 403, OPEN_PRINTED_URL);
      return send(response, 303, 'text/plain; charset=utf-8', 'Signed in.\n', {
        'set-cookie': sessionCookie(port, token),
        location: withoutParameter(request.url!, TOKEN_PARAMETER),
        'cache-control': 'no-store',
      });
    }
    const signedIn = tokenMatches(cookieValue(request.headers.cookie, cookieNameFor(port)), token);
    if (target.path.startsWith('/api/')) {
      if (!signedIn) return refuseJson(response, 403, 'forbidden', OPEN_PRINTED_URL);
      return handleApi(request, response, target.path.slice(5), `http://${host}`);
    }
    if (!signedIn) return sendText(response, 403, OPEN_PRINTED_URL);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.');
    const file = await resolveStaticFile(options.rendererDir, target.path);
    if (file && !file.endsWith('index.html')) {
      const body = await fs.readFile(file);
      return send(response, 200, contentTypeOf(file), body, { 'cache-control': 'no-cache' });
    }
    // Every other path is a route of the single-page app.
    const html = await fs.readFile(join(options.rendererDir, 'index.html'));
    return send(response, 200, 'text/html; charset=utf-8', html, { 'cache-control': 'no-store' });
  };

  const handleApi = async (request: IncomingMessage, response: ServerResponse, channel: string, origin: string) => {
    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed.');
    // A browser sends Origin on every POST; a page of another site (or no Origin at all) is not this page.
    if (request.headers.origin !== origin)
      return refuseJson(response, 403, 'forbidden', 'lyncplan answers requests from its own page only.');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
      return refuseJson(response, 415, 'bad-request', 'Requests are JSON.');
    const tooLarge = () =>
      refuseJson(response, 413, 'bad-request', 'The request is larger than any design.', { connection: 'close' });
    const declared = declaredLength(request);
    if (declared !== undefined && declared > maxBodyBytes) return tooLarge();
    const free = budget.take(declared ?? maxBodyBytes);
    if (!free) {
      // Its bytes are read and dropped, never kept, so the client sees the answer instead of a broken pipe.
      request.resume();
      return refuseJson(response, 503, 'internal', 'lyncplan is busy with other large requests; try again.', {
        'retry-after': '1',
      });
    }
    try {
      const payload = await readJsonBody(request, maxBodyBytes);
      if (payload === TOO_LARGE) {
        tooLarge();
        // Stop reading: the rest of the body is never buffered.
        response.once('finish', () => request.destroy());
        return;
      }
      if (payload === NOT_JSON) return refuseJson(response, 400, 'bad-request', 'The request body is not JSON.');
      return sendJson(response, 200, await dispatch(options.handlers, channel, payload));
    } finally {
      free();
    }
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
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    loginUrl: `${url}?${TOKEN_PARAMETER}=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

const TOO_LARGE = Symbol('too large');
const NOT_JSON = Symbol('not JSON');

/** The parsed body; its bytes and text are let go as soon as they are parsed, before the call runs. */
async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const body = await readCappedBody(request, maxBytes);
  if (body === undefined) return TOO_LARGE;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return NOT_JSON;
  }
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
