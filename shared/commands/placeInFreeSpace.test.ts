import { describe, expect, it } from 'vitest';
import { designBoxes } from '../geometry/designBoxes';
import { overlaps } from '../geometry/rectangles';
import { DesignBuilder } from '../testing/designBuilder';
import { addPool } from './addPool';
import { addUserGroup } from './addUserGroup';
import { copyFragment, fragmentIds, fragmentRoots } from './fragment';
import { moveNodes } from './moveNodes';
import { pasteFragment } from './pasteFragment';
import { placeInFreeSpace } from './placeInFreeSpace';

function estate() {
  const b = new DesignBuilder();
  const hub = b.site('Dallas');
  const fe = b.frontEnd(hub, 2);
  const edge = b.pool(hub, 'edge', { servers: 1 });
  const branch = b.site('Austin', 'branch', hub);
  const sba = b.pool(branch, 'sba', { servers: 0 });
  const fileStore = b.pool(hub, 'fileStore', { servers: 1 });
  const design = moveNodes(b.design, {
    moves: [
      { id: hub, x: 0, y: 0 },
      { id: branch, x: 1100, y: 0 },
      { id: fe, x: 24, y: 70 },
      { id: edge, x: 436, y: 70 },
      { id: fileStore, x: 24, y: 260 },
      { id: sba, x: 24, y: 70 },
    ],
  });
  return { design, hub, fe, edge, fileStore, branch, sba };
}

const rectIn = (design: DesignBuilder['design'], id: string) => {
  const boxes = designBoxes(design);
  return boxes.sites.get(id) ?? boxes.inside.get(boxes.siteOf.get(id)!)!.get(id)!;
};

describe('placeInFreeSpace', () => {
  it('moves a Director dropped on the Edge pool to the free place nearest the drop', () => {
    const { design, hub, edge } = estate();
    const dropped = addPool(design, { id: 'p-dir', siteId: hub, role: 'director', position: { x: 460, y: 90 } });
    const next = placeInFreeSpace(dropped, { ids: ['p-dir'] });
    expect(overlaps(rectIn(next, 'p-dir'), rectIn(next, edge))).toBe(false);
    expect(rectIn(next, edge)).toEqual(rectIn(design, edge));
    // The nearest free place is just below the Edge pool (70 + 124 + 24), not somewhere far away.
    expect(rectIn(next, 'p-dir')).toMatchObject({ x: 460, y: 218 });
  });

  it('keeps dropped user groups off the file store and the SBA', () => {
    const { design, hub, branch, fileStore, sba } = estate();
    let next = addUserGroup(design, { id: 'g-1', siteId: hub, count: 100, position: { x: 40, y: 270 } });
    next = addUserGroup(next, { id: 'g-2', siteId: branch, count: 100, position: { x: 30, y: 80 } });
    next = placeInFreeSpace(next, { ids: ['g-1'] });
    next = placeInFreeSpace(next, { ids: ['g-2'] });
    expect(overlaps(rectIn(next, 'g-1'), rectIn(next, fileStore))).toBe(false);
    expect(overlaps(rectIn(next, 'g-2'), rectIn(next, sba))).toBe(false);
  });

  it('puts a pasted site beside the original, not on it, and it brings its pools along', () => {
    const { design, branch, sba } = estate();
    const fragment = copyFragment(design, [branch]);
    const idMap = Object.fromEntries(fragmentIds(fragment).map(({ id, prefix }, i) => [id, `${prefix}-copy${i}`]));
    const pasted = pasteFragment(design, { fragment, idMap, offset: { x: 32, y: 32 } });
    const next = placeInFreeSpace(pasted, { ids: fragmentRoots(fragment).map((id) => idMap[id]!) });
    const copy = rectIn(next, idMap[branch]!);
    for (const site of designBoxes(next).sites.keys())
      if (site !== idMap[branch]) expect(overlaps(copy, rectIn(next, site)), site).toBe(false);
    expect(rectIn(next, idMap[sba]!)).toMatchObject({ x: 24, y: 70 });
  });
});
