import { describe, expect, it } from 'vitest';
import { designBoxes } from '../geometry/designBoxes';
import { overlaps } from '../geometry/rectangles';
import { DesignBuilder } from '../testing/designBuilder';
import { addServer } from './addServer';
import { makeRoom } from './makeRoom';
import { moveNodes } from './moveNodes';

/** No two boxes of a site overlap, and no two sites do. */
function expectNoOverlaps(design: DesignBuilder['design']) {
  const boxes = designBoxes(design);
  const pairs = (rects: Iterable<[string, { x: number; y: number; width: number; height: number }]>) => {
    const list = [...rects];
    return list.flatMap(([a, ra], i) => list.slice(i + 1).map(([b, rb]) => ({ a, b, ra, rb })));
  };
  for (const { a, b, ra, rb } of pairs(boxes.sites)) expect(overlaps(ra, rb), `${a} and ${b}`).toBe(false);
  for (const inside of boxes.inside.values())
    for (const { a, b, ra, rb } of pairs(inside)) expect(overlaps(ra, rb), `${a} and ${b}`).toBe(false);
}

function dallas() {
  const b = new DesignBuilder();
  const site = b.site('Dallas');
  const fe = b.frontEnd(site, 3);
  const sql = b.pool(site, 'backEnd', { servers: 1 });
  const fileStore = b.pool(site, 'fileStore', { servers: 1 });
  const austin = b.site('Austin', 'branch', site);
  const design = moveNodes(b.design, {
    moves: [
      { id: site, x: 0, y: 0 },
      { id: austin, x: 0, y: 520 },
      { id: fe, x: 24, y: 70 },
      { id: sql, x: 24, y: 250 },
      { id: fileStore, x: 436, y: 70 },
    ],
  });
  return { design, site, fe, sql, fileStore, austin };
}

describe('makeRoom', () => {
  it('moves the Back End below a Front End pool that grew to 13 servers out of its way, and nothing else', () => {
    const { design, fe, sql, fileStore } = dallas();
    let grown = design;
    for (let i = 0; i < 10; i++) grown = addServer(grown, { id: `v-new${i}`, poolId: fe });
    const next = makeRoom(grown, { around: ['v-new9'] });
    const boxes = designBoxes(next).inside.get(designBoxes(next).siteOf.get(fe)!)!;
    // 13 servers: 78 + 5 rows of 34 + 4 gaps of 8 + 12 = 292 tall, so the Back End goes to 70 + 292 + 24.
    expect(boxes.get(sql)).toMatchObject({ x: 24, y: 386 });
    expect(boxes.get(fileStore)).toMatchObject({ x: 436, y: 70 });
    expect(boxes.get(fe)).toMatchObject({ x: 24, y: 70 });
    expectNoOverlaps(next);
  });

  it('moves the site below a site that grew to hold its pools', () => {
    const { design, fe, austin } = dallas();
    let grown = design;
    for (let i = 0; i < 10; i++) grown = addServer(grown, { id: `v-new${i}`, poolId: fe });
    // The Back End pushed down makes Dallas taller than 520, so Austin moves down too.
    const next = makeRoom(grown, { around: [fe] });
    expect(designBoxes(next).sites.get(austin)!.y).toBeGreaterThan(520);
    expectNoOverlaps(next);
  });

  it('changes nothing when nothing is in the way', () => {
    const { design, fileStore } = dallas();
    expect(makeRoom(design, { around: [fileStore] })).toEqual(design);
    expect(makeRoom(design, { around: [] })).toBe(design);
  });
});
