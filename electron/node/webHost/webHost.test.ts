import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../ipc/handlers';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from '../testing/tempDir';
import { startWebHost, TOKEN_HEADER, type WebHost } from './webHost';

let dir: ReturnType<typeof tempDir>;
let store: LibraryStore;
let host: WebHost;

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
  host = await startWebHost({ handlers, rendererDir, port: 0 });
});
afterEach(async () => {
  await host.close();
  store.close();
  dir.remove();
});

const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(body),
  });

describe('web host', () => {
  it('binds to 127.0.0.1 and serves the page with its per-run token and a strict CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(host.url);
    expect(await response.text()).toContain(`<meta name="lyncplan-token" content="${host.token}">`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers the contract with the token, and refuses calls without it', async () => {
    const ok = await call('library.list', {});
    expect(await ok.json()).toEqual({ ok: true, result: [] });
    const without = await call('library.list', {}, { [TOKEN_HEADER]: '' });
    expect(without.status).toBe(403);
    const wrong = await call('library.list', {}, { [TOKEN_HEADER]: 'x'.repeat(64) });
    expect(wrong.status).toBe(403);
  });

  it('refuses a body that is not JSON and a payload that breaks the contract', async () => {
    const notJson = await fetch(`${host.url}api/library.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
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
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'evil.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(421);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const body = await (await fetch(`${host.url.slice(0, -1)}${path}`)).text();
      expect(body).not.toContain('secret');
    }
    expect(await (await fetch(`${host.url}assets/app.js`)).text()).toBe('console.log(1)');
  });
});
