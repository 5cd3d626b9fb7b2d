import { promises as fs } from 'node:fs';
import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolResponse } from '../node/security/appProtocol';

/** Before `ready` (Electron allows it once): app:// is a standard, secure scheme (appProtocol.ts says why). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** After `ready`: every app:// request answered by appProtocolResponse, the file read from the renderer folder. */
export function serveAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = appProtocolResponse(request.url, request.method, rendererRoot);
    if (answer.status !== 200) return new Response(null, { status: answer.status, headers: answer.headers });
    // A missing file or a folder is a 404 like any other path the folder does not have.
    const body = await fs.readFile(answer.filePath).catch(() => undefined);
    if (!body) return new Response(null, { status: 404, headers: answer.headers });
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: answer.headers });
  });
}
