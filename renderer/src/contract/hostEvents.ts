import { type HostEvent, type HostEventSource, hostEventSchema } from '../../../shared/ipc/hostEvents';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser, where nothing speaks to the page unasked. */
    lyncplanEvents?: HostEventSource;
  }
}

/**
 * Calls `handle` for every well-formed event of the main process; a malformed one is dropped with a console
 * warning (it crossed a process boundary). Answers the unsubscribe; in the web host there are no events.
 */
export function onHostEvent(handle: (event: HostEvent) => void): () => void {
  const source = window.lyncplanEvents;
  if (!source) return () => undefined;
  return source.subscribe((payload) => {
    const parsed = hostEventSchema.safeParse(payload);
    if (parsed.success) handle(parsed.data);
    else console.warn('lyncplan: ignored a malformed event from the main process', parsed.error.issues);
  });
}
