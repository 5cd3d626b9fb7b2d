import commandLine from '../../../docs/command-line.md?raw';
import fileFormat from '../../../docs/file-format.md?raw';
import type { HelpDocumentId } from '../state/uiStore';

export interface HelpDocument {
  id: HelpDocumentId;
  /** The file in docs/, as the documents link to each other (`[the command line](command-line.md)`). */
  file: string;
  text: string;
}

/**
 * The documents Help ▸ shows, bundled into the page from docs/ (Vite's `?raw`), so the offline app carries the
 * same text the repository does; build/userDocs.test.ts keeps that text true to the schemas and the CLI.
 */
export const HELP_DOCUMENTS: Record<HelpDocumentId, HelpDocument> = {
  format: { id: 'format', file: 'file-format.md', text: fileFormat },
  cli: { id: 'cli', file: 'command-line.md', text: commandLine },
};

/** The document a relative link names (`command-line.md#exit-status`), if it is one of Help's. */
export function helpDocumentOfLink(href: string): { id: HelpDocumentId; anchor?: string } | undefined {
  const [file, anchor] = href.split('#', 2);
  const document = Object.values(HELP_DOCUMENTS).find((candidate) => candidate.file === file);
  return document ? { id: document.id, ...(anchor ? { anchor } : {}) } : undefined;
}

/** The document's title: its first `# ` heading. */
export function titleOf(text: string): string {
  return /^# (.+)$/m.exec(text)?.[1]?.trim() ?? 'Help';
}

/**
 * An anchor for a heading, as GitHub makes them (`## Exit status` → `exit-status`), so a link written for the
 * repository's page works in the app too.
 */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The document's sections for the contents list: its `## ` headings, outside code blocks. */
export function sectionsOf(text: string): { title: string; anchor: string }[] {
  const sections: { title: string; anchor: string }[] = [];
  let inCode = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const heading = !inCode && /^## (.+)$/.exec(line);
    if (heading) sections.push({ title: plainText(heading[1]!), anchor: headingAnchor(plainText(heading[1]!)) });
  }
  return sections;
}

/** A heading's words without Markdown's marks (`` `check` `` → `check`), as the rendered heading reads. */
const plainText = (markdown: string) => markdown.replace(/[`*_]/g, '').trim();
