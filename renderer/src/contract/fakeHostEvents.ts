/**
 * For tests that run in Node with a stubbed `window`: installs a stand-in for the preload's `window.lyncplanEvents`
 * and answers how to emit an event from "the main process", and the listeners subscribed now.
 */
export function fakeHostEvents() {
  const listeners = new Set<(payload: unknown) => void>();
  window.lyncplanEvents = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (payload: unknown) => {
    for (const listener of listeners) listener(payload);
  };
  return { emit, listeners };
}
