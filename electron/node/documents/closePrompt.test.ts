import { describe, expect, it } from 'vitest';
import { closeDecision, UNSAVED_CHANGES_ON_CLOSE } from './closePrompt';
import { DocumentInbox } from './documentInbox';

describe('the unsaved-changes question on close and quit', () => {
  it('stays on Enter and on Escape; only the explicit button closes', () => {
    expect(closeDecision(UNSAVED_CHANGES_ON_CLOSE.defaultId)).toBe('stay');
    expect(closeDecision(UNSAVED_CHANGES_ON_CLOSE.cancelId)).toBe('stay');
    expect(closeDecision(0)).toBe('close');
    expect(closeDecision(7)).toBe('stay');
  });

  it('is asked once per quit, even when the OS hands a document over during it', () => {
    // Main's wiring, played through: each quit asks (will-prevent-unload) once; a document that arrives during a
    // quit would open with the page's own prompt, so it waits until the user has chosen to stay.
    const prompts: string[] = [];
    const opened: string[] = [];
    const inbox = new DocumentInbox((path) => opened.push(path));
    inbox.pageListening();
    const quit = (answer: number, documentDuringQuit?: string) => {
      inbox.quitStarted();
      if (documentDuringQuit) inbox.receive(documentDuringQuit);
      prompts.push(UNSAVED_CHANGES_ON_CLOSE.message);
      if (closeDecision(answer) === 'stay') inbox.quitCancelled();
    };
    quit(UNSAVED_CHANGES_ON_CLOSE.cancelId, '/plans/from-finder.lyncplan');
    expect(prompts).toHaveLength(1);
    expect(opened).toEqual(['/plans/from-finder.lyncplan']);
    quit(0, '/plans/too-late.lyncplan');
    expect(prompts).toHaveLength(2);
    expect(opened).toEqual(['/plans/from-finder.lyncplan']);
  });
});
