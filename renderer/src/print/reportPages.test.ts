import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../../shared/report/formatReport';
import { printedText, reportPages, TABLE_TYPE } from './reportPages';

const area = { widthMm: 277, heightMm: 172 };
const table = (rows: number, message = 'short'): ReportTable => ({
  key: 'findings',
  title: 'Findings',
  columns: ['Severity', 'Rule', 'Message', 'Source'],
  rows: Array.from({ length: rows }, (_, i) => [i % 3 === 0 ? 'info' : 'error', `R-${i}`, message, 'page.md']),
});

describe('reportPages', () => {
  it('keeps a short table on one page, errors first', () => {
    const pages = reportPages([table(6)], area);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.rows.map((row) => row[0])).toEqual(['error', 'error', 'error', 'error', 'info', 'info']);
  });

  it('continues a long table on further pages, every row once, none of them past the page', () => {
    const pages = reportPages([table(200)], area);
    const perPage = Math.floor(
      (area.heightMm - TABLE_TYPE.titleMm - TABLE_TYPE.headerMm) / (TABLE_TYPE.lineMm + TABLE_TYPE.rowPaddingMm),
    );
    expect(pages).toHaveLength(Math.ceil(200 / perPage));
    expect(pages.flatMap((page) => page.rows)).toHaveLength(200);
    expect(pages.slice(1).every((page) => page.continued)).toBe(true);
  });

  it('gives long, wrapping messages more room', () => {
    const long =
      'Front End pool pool01.contoso.com has 13 servers; a pool holds at most 12. Split the users over two pools or remove a server. '.repeat(
        3,
      );
    expect(reportPages([table(60, long)], area).length).toBeGreaterThan(reportPages([table(60)], area).length);
  });

  it('prints an empty table as one page with its header', () => {
    expect(reportPages([table(0)], area)).toEqual([expect.objectContaining({ rows: [], continued: false })]);
  });

  it("prints a source as its page's short title, and keeps its address for the link", () => {
    const source = {
      source: 'Lync/LyncServer/lync-server-2013-capacity-planning-using-the-user-models.md',
      title: 'Lync Server 2013 capacity planning using the user models',
      url: 'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)',
    };
    const [page] = reportPages([{ ...table(0), rows: [['error', 'CAP-FE-MAX-SERVERS', 'Too many', source]] }], area);
    expect(page!.rows[0]![3]).toEqual(source);
    expect(printedText(page!.rows[0]![3]!)).toBe('Capacity planning using the user models');
    expect(printedText({ ...source, title: 'Lync Server 2013: DNS load balancing' })).toBe('DNS load balancing');
  });

  it('puts the waived errors first too', () => {
    const waived: ReportTable = {
      key: 'waived',
      title: 'Waived findings',
      columns: ['Severity', 'Rule', 'Message', 'Reason', 'Waived by', 'Waived on', 'Source'],
      rows: [
        ['info', 'R-1', 'note', 'ok', 'A', '2026-11-02', 'p.md'],
        ['error', 'R-2', 'error', 'ok', 'A', '2026-11-02', 'p.md'],
      ],
    };
    expect(reportPages([waived], area)[0]!.rows.map((row) => row[1])).toEqual(['R-2', 'R-1']);
  });
});
