import type { ServerResponse } from 'node:http';
import type { HostError, HostResponse } from '../../../shared/ipc/response';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security/contentSecurityPolicy';

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** What a browser without the cookie is told: where the secret is, never the secret. */
export const OPEN_PRINTED_URL =
  'This lyncplan web host only serves the browser that opened the address it printed in its terminal ' +
  '(http://127.0.0.1:…/?token=…). Open that address again; restart `npm run web` if you no longer have it.';

export function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': type, ...securityHeaders, ...headers });
  response.end(body);
}

/** A short plain-text answer: refusals and errors, never a stack trace. */
export const sendText = (response: ServerResponse, status: number, text: string, headers?: Record<string, string>) =>
  send(response, status, 'text/plain; charset=utf-8', `${text}\n`, { 'cache-control': 'no-store', ...headers });

export function sendJson(
  response: ServerResponse,
  status: number,
  body: HostResponse<unknown>,
  headers: Record<string, string> = {},
): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body), {
    'cache-control': 'no-store',
    ...headers,
  });
}

/** A refusal of an API call, as the contract's error shape so the page can show its message. */
export const refuseJson = (
  response: ServerResponse,
  status: number,
  code: HostError['code'],
  message: string,
  headers?: Record<string, string>,
) => sendJson(response, status, { ok: false, error: { code, message } }, headers);
