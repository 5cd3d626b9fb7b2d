import { describe, expect, it } from 'vitest';
import {
  lineHeightMm,
  pageTitle,
  RUNBOOK_TYPE,
  type RunbookBlock,
  type RunbookPage,
  runbookDiagramBox,
  runbookPages,
  titleHeightMm,
} from './runbookPages';

/** A4 landscape inside 10 mm margins, above the title block (paginate's area). */
const AREA = { widthMm: 277, heightMm: 172 };
const lines = (prefix: string, count: number, words = 4) =>
  Array.from({ length: count }, (_, i) => ({
    text: `${prefix} ${i + 1} ${'word '.repeat(words)}`.trim(),
    item: `${prefix} ${i + 1}`,
  }));
const blocksOf = (actions: number, procedures = 3, changes = 2): Array<RunbookBlock<string>> => [
  { kind: 'section', title: '', lines: lines('phase', 1) },
  { kind: 'diagram', side: { title: 'Changes', lines: lines('change', changes) } },
  { kind: 'section', title: 'Actions', lines: lines('action', actions) },
  { kind: 'section', title: 'Procedures', lines: lines('procedure', procedures, 30) },
  { kind: 'section', title: 'Findings', lines: lines('finding', 1) },
];
const step = (actions: number, procedures = 3, changes = 2, title = 'Step 1 — Deploy the pilot pool') => ({
  title,
  blocks: blocksOf(actions, procedures, changes),
});
const itemsOf = (page: RunbookPage<string>) =>
  page.parts.flatMap((part) => (part.kind === 'section' ? part.items : part.side.items));

describe('runbookPages', () => {
  it('puts a short step on one page: its diagram with the changes beside it, then every section in order', () => {
    const pages = runbookPages([step(2), step(1)], AREA);
    expect(pages.map((page) => [page.state, page.continued])).toEqual([
      [0, false],
      [1, false],
    ]);
    const [first] = pages;
    expect(first!.parts.map((part) => (part.kind === 'diagram' ? 'diagram' : part.title))).toEqual([
      '',
      'diagram',
      'Actions',
      'Procedures',
      'Findings',
    ]);
    expect(first!.parts[1]).toMatchObject({ kind: 'diagram', side: { items: ['change 1', 'change 2'] } });
  });

  it('goes on over the next page with the section heading again, never cutting or dropping an item', () => {
    const pages = runbookPages([step(60)], AREA);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.state === 0)).toBe(true);
    expect(pages.slice(1).every((page) => page.continued)).toBe(true);
    const second = pages[1]!.parts[0]!;
    expect(second).toMatchObject({ kind: 'section', title: 'Actions', continued: true });
    // Every item once, in order.
    const all = pages.flatMap(itemsOf);
    const expected = blocksOf(60)
      .flatMap((block) => (block.kind === 'section' ? block.lines : block.side.lines))
      .map((l) => l.item);
    expect(all).toEqual(expected);
    for (const page of pages) expect(page.usedMm).toBeLessThanOrEqual(page.roomMm + 1e-9);
    expect(pages[0]!.roomMm).toBe(AREA.heightMm - RUNBOOK_TYPE.titleLineMm - RUNBOOK_TYPE.titleGapMm);
  });

  it('never leaves a page blank or a heading alone at the foot of a page', () => {
    for (let actions = 0; actions < 90; actions += 7) {
      const pages = runbookPages([step(actions, 4, 1), step(0, 0, 0)], AREA);
      for (const page of pages) {
        expect(itemsOf(page).length + page.parts.filter((part) => part.kind === 'diagram').length).toBeGreaterThan(0);
        for (const part of page.parts) if (part.kind === 'section') expect(part.items.length).toBeGreaterThan(0);
      }
      expect(pages.filter((page) => !page.continued).map((page) => page.state)).toEqual([0, 1]);
    }
  });

  it('lists beside the diagram what fits there and the rest below it, under the same heading', () => {
    const box = runbookDiagramBox(AREA);
    const beside = Math.floor((box.heightMm - RUNBOOK_TYPE.headingMm) / lineHeightMm('change 1 word', 0, box.sideMm));
    const pages = runbookPages([step(1, 1, beside + 3)], AREA);
    const diagram = pages[0]!.parts.find((part) => part.kind === 'diagram')!;
    expect(diagram.kind === 'diagram' && diagram.side.items).toHaveLength(beside);
    const after = pages[0]!.parts[pages[0]!.parts.indexOf(diagram) + 1]!;
    expect(after).toMatchObject({ kind: 'section', title: 'Changes', continued: true });
    expect(after.kind === 'section' && after.items).toHaveLength(3);
  });

  it('measures a long line by the lines it wraps to in its column, nested ones narrower', () => {
    const text = 'word '.repeat(100).trim();
    expect(lineHeightMm(text, 0, 100)).toBeGreaterThan(lineHeightMm(text, 0, 200));
    expect(lineHeightMm(text, 2, 100)).toBeGreaterThanOrEqual(lineHeightMm(text, 0, 100));
    expect(lineHeightMm('short', 0, 100)).toBeCloseTo(RUNBOOK_TYPE.lineMm + RUNBOOK_TYPE.itemGapMm);
  });

  it('leaves less room under a title that wraps, "(continued)" included', () => {
    const long = `Step 19 — ${'Move the Seattle dial-in numbers, response groups and phones '.repeat(2)}`.trim();
    const pages = runbookPages([step(60, 3, 2, long)], { widthMm: 190, heightMm: 259 });
    expect(titleHeightMm(pageTitle(long, true), 190)).toBe(2 * RUNBOOK_TYPE.titleLineMm + RUNBOOK_TYPE.titleGapMm);
    expect(pages[1]!.roomMm).toBe(259 - 2 * RUNBOOK_TYPE.titleLineMm - RUNBOOK_TYPE.titleGapMm);
    for (const page of pages) expect(page.usedMm).toBeLessThanOrEqual(page.roomMm + 1e-9);
  });

  it('gives the same pages for the same input, on portrait paper too', () => {
    const portrait = { widthMm: 190, heightMm: 259 };
    expect(runbookPages([step(40), step(3)], portrait)).toEqual(runbookPages([step(40), step(3)], portrait));
  });
});
