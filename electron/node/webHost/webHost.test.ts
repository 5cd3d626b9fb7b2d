import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../ipc/handlers';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from '../testing/tempDir';
import { startWebHost, type WebHost } from './webHost';

let dir: ReturnType<typeof tempDir>;
let store: LibraryStore;
let host: WebHost;
let cookie: string;
const logged: string[] = [];

beforeEach(async () => {
  dir = tempDir();
  const rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>lyncplan</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir.path, 'secret.txt'), 'secret');
  store = new LibraryStore(join(dir.path, 'library.sqlite'));
  const handlers = createHandlers({
    store,
    info: { host: 'web', version: '0.0.0', documentsDir: dir.path, pathSeparator: '/' },
  });
  logged.length = 0;
  host = await startWebHost({ handlers, rendererDir, port: 0, logError: (message) => logged.push(message) });
  cookie = await signIn();
});
afterEach(async () => {
  await host.close();
  store.close();
  dir.remove();
});

/** Opens the printed address as a browser would, and returns the cookie it was given. */
async function signIn(): Promise<string> {
  const response = await fetch(host.loginUrl, { redirect: 'manual' });
  expect(response.status).toBe(303);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const origin = () => host.url.slice(0, -1);
const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: origin(), ...headers },
    body: JSON.stringify(body),
  });

/** A raw request, for what fetch will not send (another Host header, a malformed path). */
const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });

describe('web host: the token from the terminal becomes a cookie', () => {
  it('refuses the page, its scripts and the API to a request without the cookie, never showing the token', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/library']) {
      const response = await fetch(`${origin()}${path}`);
      expect(response.status).toBe(403);
      const body = await response.text();
      expect(body).toContain('Open that address again');
      expect(body).not.toContain(host.token);
      expect(body).not.toContain('console.log');
    }
    const api = await call('library.list', {}, { cookie: '' });
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('trades ?token= for an HttpOnly, SameSite=Strict cookie and sends the browser to the address without it', async () => {
    const response = await fetch(`${host.loginUrl}&design=x`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/?design=x');
    expect(response.headers.get('set-cookie')).toBe(
      `lyncplan-${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
    expect(await response.text()).not.toContain(host.token);
    const page = await fetch(host.url, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>lyncplan</title>');
    expect(html).not.toContain(host.token);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await fetch(`${host.url}assets/app.js`, { headers: { cookie } })).text()).toBe('console.log(1)');
  });

  it('never redirects to another host (a path starting with //)', async () => {
    const response = await raw(`//evil.example/?token=${host.token}`);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/evil.example/');
  });

  it('refuses a wrong token of any length, a token of another byte length and a wrong cookie with a 403', async () => {
    const sameLengthMoreBytes = `é${host.token.slice(1)}`; // 64 characters, 65 bytes: a 500 before
    const sameBytesFewerCharacters = `é${host.token.slice(2)}`; // 63 characters, 64 bytes
    const wrongs = [
      '',
      'x',
      'x'.repeat(64),
      sameLengthMoreBytes,
      sameBytesFewerCharacters,
      'é'.repeat(64),
      'x'.repeat(5000),
    ];
    for (const wrong of wrongs) {
      const response = await raw(`/?token=${encodeURIComponent(wrong)}`);
      expect(response.status).toBe(403);
      expect(response.headers['set-cookie']).toBeUndefined();
      const api = await call('library.list', {}, { cookie: `lyncplan-${host.port}=${encodeURIComponent(wrong)}` });
      expect(api.status).toBe(403);
    }
    expect((await raw('/', { cookie: `lyncplan-${host.port}=${'é'.repeat(32)}` })).status).toBe(403);
    expect(logged).toEqual([]);
  });

  it('answers a malformed address with 400 and a huge one without a 500, never with a stack trace', async () => {
    for (const path of ['/%E0%A4%A', '/api/%E0%A4%A', '/assets/%ZZ', '/%00']) {
      const response = await raw(path, { cookie });
      expect(response.status).toBe(400);
      expect(response.body).toBe('That address is malformed.\n');
    }
    expect((await raw('//', { cookie })).status).toBe(200);
    expect((await raw('//')).status).toBe(403);
    const huge = await raw(`/${'a'.repeat(70_000)}`, { cookie });
    expect(huge.status).toBe(431);
    expect(huge.body).not.toMatch(/at .*\.(ts|js|cjs):\d+/);
  });
  it('answers a failure with a generic 500 and keeps its detail for the terminal', async () => {
    const errors: unknown[] = [];
    const broken = await startWebHost({
      handlers: createHandlers({
        store,
        info: { host: 'web', version: '0.0.0', documentsDir: dir.path, pathSeparator: '/' },
      }),
      rendererDir: join(dir.path, 'no-renderer-here'),
      port: 0,
      logError: (_message, error) => errors.push(error),
    });
    try {
      const login = await fetch(broken.loginUrl, { redirect: 'manual' });
      const page = await fetch(broken.url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } });
      expect(page.status).toBe(500);
      expect(await page.text()).toBe('The lyncplan web host failed on this request; the reason is in its terminal.\n');
      expect(String(errors[0])).toContain('ENOENT');
    } finally {
      await broken.close();
    }
  });
});

describe('web host: the API', () => {
  it('answers the contract to the signed-in page', async () => {
    const ok = await call('library.list', {});
    expect(await ok.json()).toEqual({ ok: true, result: [] });
  });

  it('refuses an API call from another origin or with no Origin (cross-site requests)', async () => {
    for (const other of ['http://evil.example', 'null', `${origin()}.evil.example`, 'http://localhost:1']) {
      const response = await call('library.list', {}, { origin: other });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({
        error: { message: 'lyncplan answers requests from its own page only.' },
      });
    }
    const noOrigin = await raw('/api/library.list', { cookie, 'content-type': 'application/json' }, 'POST');
    expect(noOrigin.status).toBe(403);
  });

  it('refuses a body that is not JSON and a payload that breaks the contract', async () => {
    const notJson = await fetch(`${host.url}api/library.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: origin() },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    const malformed = await call('library.load', { id: 7 });
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('serves the preferences channels, refusing a malformed write', async () => {
    const written = await call('preferences.write', { findingsPanelHeight: 320, overviewMapVisible: false });
    expect(await written.json()).toEqual({ ok: true, result: { findingsPanelHeight: 320, overviewMapVisible: false } });
    const malformed = await call('preferences.write', { findingsPanelHeight: -1 });
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const read = await call('preferences.read', {});
    expect(await read.json()).toEqual({ ok: true, result: { findingsPanelHeight: 320, overviewMapVisible: false } });
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    expect((await raw('/', { host: 'evil.example:80', cookie })).status).toBe(421);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const body = (await raw(path, { cookie })).body;
      expect(body).not.toContain('secret');
    }
  });
});
