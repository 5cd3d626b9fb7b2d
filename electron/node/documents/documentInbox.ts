/**
 * Documents the OS handed over, on their way to the window. A document can arrive before the window exists
 * (our own argv, macOS `open-file` before `ready`), while the page is still loading, or while a quit is asking
 * about unsaved changes; the page can only act on it once it listens. So documents wait here until the page says
 * it listens, and are delivered once each, in order.
 *
 * While a quit is under way none is delivered: opening it would put the page's own unsaved-changes prompt beside
 * the quit's, and the user would be asked twice. If the quit is cancelled the documents are delivered then; if it
 * goes ahead they go with the app.
 */
export class DocumentInbox {
  private readonly waiting: string[] = [];
  private listening = false;
  private quitting = false;

  constructor(private readonly deliver: (path: string) => void) {}

  /** A document from the command line, a second instance or `open-file`. */
  receive(path: string): void {
    if (!this.waiting.includes(path)) this.waiting.push(path);
    this.flush();
  }

  /** The page subscribed to host events: it can open documents now. */
  pageListening(): void {
    this.listening = true;
    this.flush();
  }

  /** The page is (re)loading or gone: what arrives now waits for the next page. */
  pageUnloaded(): void {
    this.listening = false;
  }

  /** The app was asked to quit (Cmd+Q, the menu's Quit, the OS shutting down). */
  quitStarted(): void {
    this.quitting = true;
  }

  /** The user chose to stay when the quit asked about unsaved changes. */
  quitCancelled(): void {
    this.quitting = false;
    this.flush();
  }

  /** How many documents are waiting for the page (for the log and the tests). */
  get pending(): number {
    return this.waiting.length;
  }

  private flush(): void {
    while (this.listening && !this.quitting && this.waiting.length > 0) this.deliver(this.waiting.shift()!);
  }
}
