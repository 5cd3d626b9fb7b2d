import { z } from 'zod';

/** A path the OS handed to the app; bounded like every path of the contract. */
const documentPath = z.string().min(1).max(4096);

/**
 * What the main process tells the window, unasked. The renderer parses every event with this schema before it
 * acts on it: the payload crossed a process boundary.
 * - `command`: a native menu item was chosen; `command` is an id of the app's command table.
 * - `open-document`: a `.lyncplan` file given on the command line, by a second instance or by macOS `open-file`;
 *   the main process has already granted the path, so `file.open` accepts it.
 */
export const hostEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), command: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('open-document'), path: documentPath }),
]);

export type HostEvent = z.infer<typeof hostEventSchema>;

/** What the preload exposes as `window.lyncplanEvents`: one subscription, answering its own unsubscribe. */
export interface HostEventSource {
  subscribe(listener: (payload: unknown) => void): () => void;
}
