import { describe, expect, it } from 'vitest';
import { moveNodes } from '../commands/moveNodes';
import { placeNodes } from '../commands/placeNodes';
import { COLLAPSED_SITE, DEFAULT_SITE_SIZE, poolSize, serverOffset } from '../geometry/boxSizes';
import type { Design } from '../model/design';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';
import { designDiagram } from './designDiagram';
import type { DiagramBox } from './diagram';

const diagramOf = (design: Design, collapsed?: ReadonlySet<string>) =>
  designDiagram(design, validate(design), collapsed);
const rectOf = (box: DiagramBox | undefined) => box && { x: box.x, y: box.y, width: box.width, height: box.height };

/** The printing specs' design (e2e/helpers/fixtures.ts, editingFixture): two sites laid out by hand. */
function printedEstate() {
  const b = new DesignBuilder('Editing fixture');
  const dallas = b.site('Dallas');
  const pool1 = b.pool(dallas, 'frontEnd', { servers: 3, fqdn: 'pool01.contoso.com' });
  const pool2 = b.pool(dallas, 'frontEnd', { servers: 2, fqdn: 'pool02.contoso.com' });
  const sql = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sqlpool01.contoso.com' });
  const toSql1 = b.associate('backEnd', pool1, sql);
  const toSql2 = b.associate('backEnd', pool2, sql);
  const staff = b.users(dallas, pool1, 8000);
  const austin = b.site('Austin', 'branch', dallas);
  const branchUsers = b.users(austin, pool2, 300);
  const link = b.link(dallas, austin, 10000);
  const placed = placeNodes(b.design, {
    places: {
      [dallas]: { x: 0, y: 0, width: 1260, height: 640 },
      [austin]: { x: 1500, y: 0, width: 480, height: 300 },
    },
  });
  const design = moveNodes(placed, {
    moves: [
      { id: pool1, x: 24, y: 80 },
      { id: pool2, x: 444, y: 80 },
      { id: sql, x: 864, y: 80 },
      { id: staff, x: 24, y: 420 },
      { id: branchUsers, x: 24, y: 80 },
    ],
  });
  return { design, dallas, austin, pool1, pool2, sql, staff, branchUsers, link, toSql1, toSql2 };
}

describe('designDiagram', () => {
  it('draws every box where the layout puts it, nested boxes at their container plus their place', () => {
    const e = printedEstate();
    const diagram = diagramOf(e.design);
    const box = (id: string) => rectOf(diagram.boxes.find((candidate) => candidate.id === id));
    // Dallas is stored 1,260 wide; it grows to hold the SQL pool at 864 (388 wide) and its 24-unit padding.
    expect(box(e.dallas)).toEqual({ x: 0, y: 0, width: 1276, height: 640 });
    expect(box(e.austin)).toEqual({ x: 1500, y: 0, width: 480, height: 300 });
    expect(box(e.pool1)).toEqual({ x: 24, y: 80, ...poolSize(3) });
    expect(box(e.sql)).toEqual({ x: 864, y: 80, ...poolSize(1) });
    expect(box(e.staff)).toEqual({ x: 24, y: 420, width: 196, height: 62 });
    expect(box(e.branchUsers)).toEqual({ x: 1524, y: 80, width: 196, height: 62 });
    const servers = diagram.boxes.filter((candidate) => candidate.parentId === e.pool1);
    expect(servers.map((server) => [server.x, server.y])).toEqual(
      [0, 1, 2].map((i) => [24 + serverOffset(i).x, 80 + serverOffset(i).y]),
    );
    expect(servers[0]).toMatchObject({ offset: serverOffset(0), width: 116, height: 34 });
    // The bounds are what the print fits to a page and the PNG export's size: the boxes and a 24-unit margin.
    expect(diagram.bounds).toEqual({ x: -24, y: -24, width: 2028, height: 688 });
  });

  it('lists boxes parents first: each site with its pools and groups, then the servers pool by pool', () => {
    const e = printedEstate();
    const kinds = diagramOf(e.design).boxes.map((box) => `${box.kind}:${box.id}`);
    expect(kinds.slice(0, 7)).toEqual([
      `site:${e.dallas}`,
      `pool:${e.pool1}`,
      `pool:${e.pool2}`,
      `pool:${e.sql}`,
      `userGroup:${e.staff}`,
      `site:${e.austin}`,
      `userGroup:${e.branchUsers}`,
    ]);
    expect(kinds.slice(7).every((entry) => entry.startsWith('server:'))).toBe(true);
  });

  it('draws the link between the sites with its load, and each association between its pools', () => {
    const e = printedEstate();
    const { lines } = diagramOf(e.design);
    expect(lines.map((line) => [line.kind, line.id, line.source, line.target])).toEqual([
      ['link', e.link, e.dallas, e.austin],
      ['association', e.toSql1, e.pool1, e.sql],
      ['association', e.toSql2, e.pool2, e.sql],
    ]);
    expect(lines[0]).toMatchObject({ figures: { capacityKbps: 10000 } });
    expect(lines[1]).toMatchObject({ associationKind: 'backEnd' });
  });

  it('gives what has no layout a default place: sites three to a row, pools two to a row, groups below', () => {
    const b = new DesignBuilder();
    const sites = [b.site('A'), b.site('B'), b.site('C'), b.site('D', 'branch', 's-1')];
    const pools = [b.frontEnd(sites[0]!, 1), b.frontEnd(sites[0]!, 1), b.frontEnd(sites[0]!, 1)];
    const groups = [b.users(sites[0]!, pools[0]!, 10), b.users(sites[0]!, pools[0]!, 10)];
    const diagram = diagramOf(b.design);
    const box = (id: string) => rectOf(diagram.boxes.find((candidate) => candidate.id === id));
    expect([1, 2, 3].map((i) => box(sites[i]!))).toEqual([
      { x: 860, y: 0, ...DEFAULT_SITE_SIZE.central },
      { x: 1720, y: 0, ...DEFAULT_SITE_SIZE.central },
      { x: 0, y: 560, ...DEFAULT_SITE_SIZE.branch },
    ]);
    expect(pools.map((id) => box(id))).toEqual([
      { x: 24, y: 70, ...poolSize(1) },
      { x: 444, y: 70, ...poolSize(1) },
      { x: 24, y: 410, ...poolSize(1) },
    ]);
    expect(groups.map((id) => [box(id)!.x, box(id)!.y])).toEqual([
      [24, 430],
      [236, 430],
    ]);
    // The first site grows past its default size to hold the second pool beside the first, and the groups below.
    expect(box(sites[0]!)).toEqual({ x: 0, y: 0, width: 856, height: 558 });
  });

  it('draws a collapsed site as one box with its totals, and ends lines to its pools at the site, once', () => {
    const e = printedEstate();
    // An Edge pool in Austin serving both Dallas Front End pools: two associations, one line to collapsed Dallas.
    const edge = 'p-edge';
    const design: Design = {
      ...e.design,
      pools: [...e.design.pools, { id: edge, siteId: e.austin, role: 'edge', fqdn: 'edge.contoso.com' } as never],
      associations: [
        ...e.design.associations,
        { id: 'a-edge1', kind: 'edge', from: e.pool1, to: edge },
        { id: 'a-edge2', kind: 'edge', from: e.pool2, to: edge },
      ],
    };
    const diagram = diagramOf(design, new Set([e.dallas]));
    const dallas = diagram.boxes.find((box) => box.id === e.dallas)!;
    expect(rectOf(dallas)).toEqual({ x: 0, y: 0, ...COLLAPSED_SITE });
    expect(dallas).toMatchObject({ kind: 'site', collapsed: true, users: 8000, servers: 6, pools: 3 });
    expect(diagram.boxes.some((box) => box.parentId === e.dallas)).toBe(false);
    expect(diagram.boxes.some((box) => box.kind === 'server')).toBe(false);
    // The Back End associations are inside Dallas: not drawn. The Austin group's line to its pool ends at Dallas.
    expect(diagram.lines.map((line) => [line.id, line.source, line.target])).toEqual([
      [e.link, e.dallas, e.austin],
      ['a-edge1', e.dallas, edge],
    ]);
    expect(diagram.boxes.find((box) => box.id === e.branchUsers)).toMatchObject({ homeBoxId: e.dallas });
    expect(diagramOf(design).boxes.find((box) => box.id === e.branchUsers)).toMatchObject({ homeBoxId: e.pool2 });
  });

  it('draws no line to what is not drawn (a dangling reference in a hand-edited file)', () => {
    const e = printedEstate();
    const design: Design = {
      ...e.design,
      links: [...e.design.links, { id: 'l-gone', siteA: e.dallas, siteB: 's-gone', capacityKbps: 1024 }],
      associations: [...e.design.associations, { id: 'a-gone', kind: 'backEnd', from: e.pool1, to: 'p-gone' }],
    };
    expect(diagramOf(design).lines.map((line) => line.id)).toEqual([e.link, e.toSql1, e.toSql2]);
  });

  it('carries each entity’s findings as a badge summary, and a site’s summary of what it holds', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 13);
    const diagram = diagramOf(b.design);
    const about = validate(b.design).findings.filter((finding) => finding.subjects.includes(pool));
    expect(about.map((finding) => finding.rule)).toContain('CAP-FE-MAX-SERVERS');
    expect(diagram.boxes.find((box) => box.id === pool)).toMatchObject({
      findings: { count: about.length, worst: 'error' },
    });
    expect(diagram.boxes.find((box) => box.id === site)).toMatchObject({ inner: { worst: 'error' } });
  });
});
