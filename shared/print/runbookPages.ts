import { wrappedLineCount } from './wrapText';

/**
 * Typography of the printed runbook, in millimetres (app.css's `.runbook-*` rules use the same): 8.5 pt text on
 * 3.9 mm lines with a conservative average glyph width, so the estimate is never short of what prints.
 */
export const RUNBOOK_TYPE = {
  charMm: 1.75,
  lineMm: 3.9,
  /** Space after each line item. */
  itemGapMm: 0.8,
  /** Indent of a nested item (a procedure's own steps). */
  indentMm: 5,
  /** A section's heading, with the space above and below it. */
  headingMm: 7,
  /** The state's title at the top of every page: 12 pt bold on 7 mm lines (a conservative glyph width), 3 mm below. */
  titleLineMm: 7,
  titleCharMm: 2.6,
  titleGapMm: 3,
  /** The share of the printed area's height the state's diagram takes, and of its width the list beside it. */
  diagramShare: 0.46,
  sideShare: 0.34,
  /** Space between the diagram and the list beside it, and below the diagram. */
  gutterMm: 4,
} as const;

/** One line item: the text it prints (measured to place it), how deep it is nested, and what the page shows. */
export interface RunbookLine<T> {
  text: string;
  depth?: number;
  item: T;
}

/** A titled list (an untitled one prints no heading: a state's phase and notes under its title). */
export interface RunbookSection<T> {
  title: string;
  lines: ReadonlyArray<RunbookLine<T>>;
}

/** What one state of the plan prints, in order: sections, and its diagram with a list beside it. */
export type RunbookBlock<T> = ({ kind: 'section' } & RunbookSection<T>) | { kind: 'diagram'; side: RunbookSection<T> };

/** A section's lines on one page; `continued` when the section began on an earlier page. */
export interface PagedSection<T> {
  title: string;
  continued: boolean;
  items: T[];
  depths: number[];
}

export type RunbookPagePart<T> =
  | ({ kind: 'section' } & PagedSection<T>)
  | { kind: 'diagram'; heightMm: number; side: PagedSection<T> };

/** One printed runbook page: which state (0-based in the list given), whether it continues it, and what it holds. */
export interface RunbookPage<T> {
  state: number;
  continued: boolean;
  parts: Array<RunbookPagePart<T>>;
  /** The height the parts take below the title, by the estimate (never more than `roomMm`). */
  usedMm: number;
  /** The height the title leaves for the parts. */
  roomMm: number;
}

/** One state as the runbook prints it: its title (repeated, "(continued)", on each page it goes on over) and blocks. */
export interface RunbookStateInput<T> {
  title: string;
  blocks: ReadonlyArray<RunbookBlock<T>>;
}

/** What a title takes at the top of a page. */
export function titleHeightMm(title: string, widthMm: number): number {
  const lines = wrappedLineCount(title, widthMm / RUNBOOK_TYPE.titleCharMm);
  return lines * RUNBOOK_TYPE.titleLineMm + RUNBOOK_TYPE.titleGapMm;
}

/** The words that head a page of the runbook. */
export const pageTitle = (title: string, continued: boolean): string => (continued ? `${title} (continued)` : title);

/** The printed height of one line item in a column of this width. */
export function lineHeightMm(text: string, depth: number, widthMm: number): number {
  const perLine = (widthMm - depth * RUNBOOK_TYPE.indentMm - RUNBOOK_TYPE.indentMm) / RUNBOOK_TYPE.charMm;
  return wrappedLineCount(text, Math.max(4, perLine)) * RUNBOOK_TYPE.lineMm + RUNBOOK_TYPE.itemGapMm;
}

/** The diagram's height on the page, and the width of the list beside it. */
export function runbookDiagramBox(area: { widthMm: number; heightMm: number }) {
  const heightMm = Math.floor(
    (area.heightMm - RUNBOOK_TYPE.titleLineMm - RUNBOOK_TYPE.titleGapMm) * RUNBOOK_TYPE.diagramShare,
  );
  const sideMm = area.widthMm * RUNBOOK_TYPE.sideShare;
  return { heightMm, widthMm: area.widthMm - sideMm - RUNBOOK_TYPE.gutterMm, sideMm };
}

/**
 * Lays the runbook's states out on pages of the printed area: each state starts a page, with its title at the top
 * (wrapped when long, and measured so);
 * its blocks follow in order, line by line, never splitting a line item. A section that does not fit goes on over
 * the next page under its heading again ("continued"), and the page repeats the state's title; a heading never
 * ends a page alone. The list beside the diagram takes what fits beside it, and the rest follows below it under the
 * same heading. No page is blank: a page starts only when an item is about to be placed on it. Pure: the same
 * inputs always give the same pages.
 */
export function runbookPages<T>(
  states: ReadonlyArray<RunbookStateInput<T>>,
  area: { widthMm: number; heightMm: number },
): Array<RunbookPage<T>> {
  const pages: Array<RunbookPage<T>> = [];
  const diagramBox = runbookDiagramBox(area);
  states.forEach(({ title, blocks }, state) => {
    const roomOf = (continued: boolean) =>
      Math.max(1, area.heightMm - titleHeightMm(pageTitle(title, continued), area.widthMm));
    let page: RunbookPage<T> = { state, continued: false, parts: [], usedMm: 0, roomMm: roomOf(false) };
    pages.push(page);
    const newPage = () => {
      page = { state, continued: true, parts: [], usedMm: 0, roomMm: roomOf(true) };
      pages.push(page);
    };
    /** Places a section's lines from `from`, over as many pages as it takes. */
    const flow = (section: RunbookSection<T>, from: number, continued: boolean) => {
      const heading = section.title === '' ? 0 : RUNBOOK_TYPE.headingMm;
      let current: PagedSection<T> | undefined;
      let sectionContinued = continued;
      for (let i = from; i < section.lines.length; i++) {
        const line = section.lines[i]!;
        const depth = line.depth ?? 0;
        const height = Math.min(lineHeightMm(line.text, depth, area.widthMm), roomOf(true) - heading);
        const opening = current === undefined ? heading : 0;
        if (page.usedMm > 0 && page.usedMm + opening + height > page.roomMm) {
          newPage();
          if (current) sectionContinued = true;
          current = undefined;
        }
        if (!current) {
          const part = {
            kind: 'section' as const,
            title: section.title,
            continued: sectionContinued,
            items: [],
            depths: [],
          };
          page.parts.push(part);
          current = part;
          page.usedMm += heading;
        }
        current.items.push(line.item);
        current.depths.push(depth);
        page.usedMm += height;
      }
    };
    for (const block of blocks) {
      if (block.kind === 'section') {
        flow(block, 0, false);
        continue;
      }
      const height = diagramBox.heightMm + RUNBOOK_TYPE.gutterMm;
      if (page.usedMm > 0 && page.usedMm + height > page.roomMm) newPage();
      const side: PagedSection<T> = { title: block.side.title, continued: false, items: [], depths: [] };
      let beside = block.side.title === '' ? 0 : RUNBOOK_TYPE.headingMm;
      let taken = 0;
      for (const line of block.side.lines) {
        const lineHeight = lineHeightMm(line.text, line.depth ?? 0, diagramBox.sideMm);
        if (beside + lineHeight > diagramBox.heightMm) break;
        beside += lineHeight;
        side.items.push(line.item);
        side.depths.push(line.depth ?? 0);
        taken += 1;
      }
      page.parts.push({ kind: 'diagram', heightMm: diagramBox.heightMm, side });
      page.usedMm += Math.min(height, page.roomMm);
      if (taken < block.side.lines.length) flow(block.side, taken, true);
    }
  });
  return pages;
}
