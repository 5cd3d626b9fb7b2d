import { describe, expect, it } from 'vitest';
import { HELP_DOCUMENTS, headingAnchor, helpDocumentOfLink, sectionsOf, titleOf } from './helpDocuments';

describe('the documents Help shows', () => {
  it('are the file format and the command line, each with a title and sections', () => {
    expect(titleOf(HELP_DOCUMENTS.format.text)).toMatch(/\.lyncplan file format/i);
    expect(titleOf(HELP_DOCUMENTS.cli.text)).toMatch(/command line/i);
    for (const document of Object.values(HELP_DOCUMENTS))
      expect(sectionsOf(document.text).length, document.file).toBeGreaterThan(0);
  });

  it('anchor headings as GitHub does, so the repository’s links work in the app', () => {
    expect(headingAnchor('Exit status')).toBe('exit-status');
    expect(headingAnchor('check --json: the object')).toBe('check---json-the-object');
    expect(headingAnchor('Version 2 (migration plans)')).toBe('version-2-migration-plans');
  });

  it('list the sections outside code blocks, without Markdown marks', () => {
    expect(sectionsOf('# T\n\n## `check` options\n\n```\n## not a heading\n```\n## Exit status\n')).toEqual([
      { title: 'check options', anchor: 'check-options' },
      { title: 'Exit status', anchor: 'exit-status' },
    ]);
  });

  it('follow a link from one document to the other, with its anchor', () => {
    expect(helpDocumentOfLink('command-line.md#exit-status')).toEqual({ id: 'cli', anchor: 'exit-status' });
    expect(helpDocumentOfLink('file-format.md')).toEqual({ id: 'format' });
    expect(helpDocumentOfLink('README.md')).toBeUndefined();
  });

  it('link only to each other or to anchors that exist in them', () => {
    for (const document of Object.values(HELP_DOCUMENTS)) {
      for (const [, href] of document.text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https:\/\//.test(href!)) continue;
        const target = href!.startsWith('#') ? { id: document.id, anchor: href!.slice(1) } : helpDocumentOfLink(href!);
        expect(target, `${document.file} links to ${href}`).toBeDefined();
        if (target?.anchor) {
          const anchors = sectionsAndSubsections(HELP_DOCUMENTS[target.id].text);
          expect(anchors, `${document.file} links to ${href}`).toContain(target.anchor);
        }
      }
    }
  });
});

/** Every heading's anchor (##, ### and ####), as the viewer gives them ids. */
function sectionsAndSubsections(text: string): string[] {
  return [...text.replace(/```[\s\S]*?```/g, '').matchAll(/^#{2,4} (.+)$/gm)].map(([, title]) =>
    headingAnchor(title!.replace(/[`*_]/g, '')),
  );
}
