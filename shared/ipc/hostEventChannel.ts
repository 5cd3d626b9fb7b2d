/**
 * The one channel on which the Electron main process speaks first: a menu item chosen, a document handed over
 * by the OS. Kept apart from `hostEvents.ts` so the sandboxed preload can name it without bundling zod.
 */
export const HOST_EVENT_CHANNEL = 'lyncplan:host-event';

/** The page tells the main process it listens on HOST_EVENT_CHANNEL: documents waiting for it can be sent now. */
export const HOST_EVENTS_LISTENING_CHANNEL = 'lyncplan:host-events-listening';
