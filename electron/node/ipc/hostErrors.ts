/**
 * Failures a service means, each answered across the contract with its own HostError code (`dispatch.ts`), so
 * the renderer can tell "that is gone" from "this host cannot do that" from a bug. The node side and the
 * Electron glue (the printer) throw them.
 */

/** What the request names is not there: a design no longer in the library, a window that has closed. */
export class NotFound extends Error {
  override readonly name = 'NotFound';
}

/** This host cannot do what was asked: Export PDF or system printing in a browser. */
export class Unsupported extends Error {
  override readonly name = 'Unsupported';
}

/** The request asks for something the host never does for the page: open an address that is not a source page. */
export class NotAllowed extends Error {
  override readonly name = 'NotAllowed';
}
