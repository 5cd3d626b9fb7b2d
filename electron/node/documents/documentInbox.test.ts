import { describe, expect, it } from 'vitest';
import { DocumentInbox } from './documentInbox';

const inbox = () => {
  const delivered: string[] = [];
  return { delivered, box: new DocumentInbox((path) => delivered.push(path)) };
};

describe('DocumentInbox', () => {
  it('keeps a document that arrives before the page listens (argv, open-file before ready) until it does', () => {
    const { delivered, box } = inbox();
    box.receive('/plans/a.lyncplan');
    expect(delivered).toEqual([]);
    box.pageListening();
    expect(delivered).toEqual(['/plans/a.lyncplan']);
  });

  it('hands a document over at once when the page listens, each one once', () => {
    const { delivered, box } = inbox();
    box.pageListening();
    box.receive('/plans/a.lyncplan');
    box.pageListening();
    expect(delivered).toEqual(['/plans/a.lyncplan']);
    expect(box.pending).toBe(0);
  });

  it('names a document handed twice before the page listens only once', () => {
    const { delivered, box } = inbox();
    box.receive('/plans/a.lyncplan');
    box.receive('/plans/a.lyncplan');
    box.receive('/plans/b.lyncplan');
    box.pageListening();
    expect(delivered).toEqual(['/plans/a.lyncplan', '/plans/b.lyncplan']);
  });

  it('holds documents while the page reloads, and gives them to the new page', () => {
    const { delivered, box } = inbox();
    box.pageListening();
    box.pageUnloaded();
    box.receive('/plans/a.lyncplan');
    expect(delivered).toEqual([]);
    box.pageListening();
    expect(delivered).toEqual(['/plans/a.lyncplan']);
  });

  it('delivers nothing during a quit, so the user is asked about unsaved changes once, by the quit', () => {
    const { delivered, box } = inbox();
    box.pageListening();
    box.quitStarted();
    box.receive('/plans/a.lyncplan');
    expect(delivered).toEqual([]);
    // The user chose Cancel in the quit's prompt: the document opens now, with the page's own prompt.
    box.quitCancelled();
    expect(delivered).toEqual(['/plans/a.lyncplan']);
  });
});
