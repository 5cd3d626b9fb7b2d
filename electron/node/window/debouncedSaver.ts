/** The timer functions the saver uses; tests pass their own and fire them by hand. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Saves at most once per quiet spell: dragging a window fires dozens of move events a second, and only where it
 * comes to rest matters. `flush` saves what is pending at once (the window is closing), and nothing if nothing is.
 */
export class DebouncedSaver {
  private handle: unknown;
  private pending = false;

  constructor(
    private readonly save: () => void,
    private readonly delayMs = 400,
    private readonly timers: Timers = realTimers,
  ) {}

  changed(): void {
    this.pending = true;
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = this.timers.set(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
    if (!this.pending) return;
    this.pending = false;
    this.save();
  }
}
