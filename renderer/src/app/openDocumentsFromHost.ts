import { onHostEvent } from '../contract/hostEvents';

/**
 * Opens each `.lyncplan` file the OS hands the app (double-clicked, dropped on the Dock icon, given to a second
 * launch) with `open`, which is fileActions' `openDesignFile`, as Open… does: the unsaved-changes prompt first when it is needed, and a broken file reported with the
 * open design left as it was. One at a time: a second file waits until the first one's prompt is answered.
 * Answers the unsubscribe. In the web host no event ever comes.
 */
export function openDocumentsFromHost(open: (path: string) => Promise<void>): () => void {
  let queue = Promise.resolve();
  return onHostEvent((event) => {
    if (event.kind !== 'open-document') return;
    queue = queue.then(() => open(event.path)).catch(() => undefined);
  });
}
