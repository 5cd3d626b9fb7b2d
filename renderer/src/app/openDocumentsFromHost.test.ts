import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHostEvents } from '../contract/fakeHostEvents';
import { openDocumentsFromHost } from './openDocumentsFromHost';

// The test runs in Node: a bare object stands in for the page's window.
vi.stubGlobal('window', {});

/** Lets every promise that can settle do so. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(() => setTimeout(resolve, 0)));

describe('openDocumentsFromHost', () => {
  afterEach(() => {
    delete window.lyncplanEvents;
  });

  it('opens each document the OS hands over, one after the other: the second waits for the first one’s prompt', async () => {
    const { emit } = fakeHostEvents();
    const calls: string[] = [];
    let answerPrompt: () => void = () => undefined;
    const open = (path: string) => {
      calls.push(`open ${path}`);
      // The first open waits on the unsaved-changes prompt until the test answers it.
      return calls.length === 1
        ? new Promise<void>((resolve) => {
            answerPrompt = () => {
              calls.push('answered');
              resolve();
            };
          })
        : Promise.resolve();
    };
    openDocumentsFromHost(open);
    emit({ kind: 'open-document', path: '/plans/a.lyncplan' });
    emit({ kind: 'command', command: 'file.save' });
    emit({ kind: 'open-document', path: '/plans/b.lyncplan' });
    await settle();
    expect(calls).toEqual(['open /plans/a.lyncplan']);
    answerPrompt();
    await settle();
    expect(calls).toEqual(['open /plans/a.lyncplan', 'answered', 'open /plans/b.lyncplan']);
  });

  it('keeps opening after one open failed, and stops when unsubscribed', async () => {
    const { emit } = fakeHostEvents();
    const opened: string[] = [];
    const stop = openDocumentsFromHost(async (path) => {
      opened.push(path);
      if (path.endsWith('broken.lyncplan')) throw new Error('broken');
    });
    emit({ kind: 'open-document', path: '/plans/broken.lyncplan' });
    emit({ kind: 'open-document', path: '/plans/good.lyncplan' });
    await settle();
    expect(opened).toEqual(['/plans/broken.lyncplan', '/plans/good.lyncplan']);
    stop();
    emit({ kind: 'open-document', path: '/plans/late.lyncplan' });
    await settle();
    expect(opened).toHaveLength(2);
  });
});
