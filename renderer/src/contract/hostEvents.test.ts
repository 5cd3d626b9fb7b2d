import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../shared/ipc/hostEvents';
import { fakeHostEvents } from './fakeHostEvents';
import { onHostEvent } from './hostEvents';

// The test runs in Node: a bare object stands in for the page's window.
vi.stubGlobal('window', {});

describe('onHostEvent', () => {
  afterEach(() => {
    delete window.lyncplanEvents;
    vi.restoreAllMocks();
  });

  it('hands well-formed events on and drops malformed ones', () => {
    const source = fakeHostEvents();
    const seen: HostEvent[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onHostEvent((event) => seen.push(event));
    source.emit({ kind: 'command', command: 'file.save' });
    source.emit({ kind: 'open-document', path: '/home/ana/dal.lyncplan' });
    source.emit({ kind: 'open-document', path: '' });
    source.emit({ kind: 'run-shell', command: 'rm -rf /' });
    source.emit('file.save');
    expect(seen).toEqual([
      { kind: 'command', command: 'file.save' },
      { kind: 'open-document', path: '/home/ana/dal.lyncplan' },
    ]);
  });

  it('unsubscribes, and is a no-op where no main process speaks (the web host)', () => {
    const source = fakeHostEvents();
    const stop = onHostEvent(() => undefined);
    expect(source.listeners.size).toBe(1);
    stop();
    expect(source.listeners.size).toBe(0);
    delete window.lyncplanEvents;
    expect(() => onHostEvent(() => undefined)()).not.toThrow();
  });
});
