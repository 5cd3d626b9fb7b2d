import { describe, expect, it } from 'vitest';
import { DebouncedSaver, type Timers } from './debouncedSaver';

/** Timers that run only when the test says so. */
function manualTimers() {
  const queued = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (run) => {
      queued.set(++next, run);
      return next;
    },
    clear: (handle) => queued.delete(handle as number),
  };
  const fire = () => {
    for (const [id, run] of [...queued]) {
      queued.delete(id);
      run();
    }
  };
  return { timers, fire, queued };
}

describe('DebouncedSaver', () => {
  it('saves once for a burst of moves, when the burst is over', () => {
    const { timers, fire, queued } = manualTimers();
    let saves = 0;
    const saver = new DebouncedSaver(() => saves++, 400, timers);
    for (let i = 0; i < 30; i++) saver.changed();
    expect(saves).toBe(0);
    expect(queued.size).toBe(1);
    fire();
    expect(saves).toBe(1);
  });

  it('saves what is pending at once on close, and nothing when nothing changed', () => {
    const { timers, fire } = manualTimers();
    let saves = 0;
    const saver = new DebouncedSaver(() => saves++, 400, timers);
    saver.flush();
    expect(saves).toBe(0);
    saver.changed();
    saver.flush();
    fire();
    expect(saves).toBe(1);
  });
});
