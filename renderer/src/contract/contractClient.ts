import { buildApi, type Invoke, type LyncplanApi } from '../../../shared/ipc/api';
import type { Channel } from '../../../shared/ipc/channels';
import type { HostError, HostResponse } from '../../../shared/ipc/response';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser, where the web host is used. */
    lyncplan?: LyncplanApi;
  }
}

/**
 * The web host's transport: the contract over HTTP. The host's secret travels as its HttpOnly cookie, which the
 * browser sends with this same-origin fetch (and its Origin header, which the host checks); the page never sees it.
 */
function webInvoke(): Invoke {
  return async (channel: Channel, args: unknown) => {
    try {
      const response = await fetch(`./api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(args),
      });
      return (await response.json()) as HostResponse<unknown>;
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'io',
          message: `lyncplan's host is not answering (${String(error)}). Is \`npm run web\` still running?`,
        },
      };
    }
  };
}

/** The contract, from whichever host runs this page. */
export const host: LyncplanApi = window.lyncplan ?? buildApi(webInvoke());

/** A failed host call, carrying the host's message for the user. */
export class HostCallError extends Error {
  override readonly name = 'HostCallError';
  constructor(readonly error: HostError) {
    super(error.message);
  }
}

/** The result of a host call, or a HostCallError with the host's message. */
export async function unwrap<T>(call: Promise<HostResponse<T>>): Promise<T> {
  const response = await call;
  if (!response.ok) throw new HostCallError(response.error);
  return response.result;
}
