import { describe, expect, it } from 'vitest';
import { CommandRefused } from '../../../shared/commands/commandError';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { validate } from '../../../shared/validate';
import { paletteItemByKey } from '../palette/paletteItems';
import { deriveFlow } from './deriveFlow';
import { keepInView, placeItem } from './placeItem';

function estate() {
  const b = new DesignBuilder();
  const site = b.site('Dallas');
  const pool = b.frontEnd(site, 2);
  const edge = b.pool(site, 'edge', { servers: 1 });
  b.design.layout = { nodes: { [site]: { x: 100, y: 100 }, [pool]: { x: 24, y: 70 }, [edge]: { x: 500, y: 70 } } };
  const flow = deriveFlow(designDiagram(b.design, validate(b.design)), new Set());
  return { b, site, pool, edge, flow };
}

const item = (key: string) => paletteItemByKey.get(key)!;

describe('placeItem', () => {
  it('puts a dropped pool into the site under the pointer, where it was dropped', () => {
    const { b, site, flow } = estate();
    const design = placeItem(item('pool:backEnd'), { x: 400, y: 500 }, flow, 'p-new')(b.design);
    expect(design.pools.at(-1)).toMatchObject({ id: 'p-new', siteId: site, role: 'backEnd', ha: 'none' });
    expect(design.layout?.nodes?.['p-new']).toEqual({ x: 400 - 100 - 24, y: 500 - 100 - 20 });
  });

  it('moves a pool dropped on another pool to the free place nearest the drop, leaving the other where it was', () => {
    const { b, edge, flow } = estate();
    // Over the Edge pool (500..888 x 70..194 in the site): it goes just below it, 24 px clear.
    const design = placeItem(item('pool:director'), { x: 650, y: 200 }, flow, 'p-new')(b.design);
    expect(design.layout?.nodes?.['p-new']).toEqual({ x: 526, y: 218 });
    expect(design.layout?.nodes?.[edge]).toEqual({ x: 500, y: 70 });
  });

  it('moves a pool out of the way of a pool that grows by a dropped server, in the same step', () => {
    const { b, site, pool, flow } = estate();
    b.servers(pool, 1);
    const sql = b.pool(site, 'backEnd', { servers: 1 });
    b.design.layout!.nodes![sql] = { x: 24, y: 218 };
    // A fourth server starts a second row: the pool is 166 tall, to 236, so the Back End goes to 236 + 24.
    const design = placeItem(item('server'), { x: 150, y: 190 }, flow, 'v-new')(b.design);
    expect(design.layout?.nodes?.[sql]).toEqual({ x: 24, y: 260 });
  });

  it('puts a dropped server into the pool under the pointer', () => {
    const { b, pool, flow } = estate();
    const design = placeItem(item('server'), { x: 150, y: 190 }, flow, 'v-new')(b.design);
    expect(design.servers.at(-1)).toMatchObject({ id: 'v-new', poolId: pool, fqdn: 'fe01.contoso.com' });
  });

  it('refuses a server dropped outside every pool, and a pool outside every site', () => {
    const { b, flow } = estate();
    expect(() => placeItem(item('server'), { x: 110, y: 110 }, flow, 'v-new')(b.design)).toThrow(CommandRefused);
    expect(() => placeItem(item('pool:edge'), { x: -500, y: -500 }, flow, 'p-new')(b.design)).toThrow(
      'Every pool belongs to a site',
    );
  });

  it("homes a dropped user group on the site's Front End pool", () => {
    const { b, pool, site, flow } = estate();
    const design = placeItem(item('userGroup'), { x: 300, y: 450 }, flow, 'g-new')(b.design);
    expect(design.userGroups.at(-1)).toMatchObject({ id: 'g-new', siteId: site, homePoolId: pool, count: 100 });
  });
});

describe('a box dropped near the edge of the visible canvas', () => {
  // What is on screen, in flow coordinates: the canvas ends at y = 600, where the findings panel begins.
  const view = { x: 0, y: 0, width: 1000, height: 600 };

  it('is pulled up inside the view, still under the pointer, instead of reaching behind the panel', () => {
    const { b, flow } = estate();
    // A branch site (480 x 300) held 20 below its top edge, dropped 10 above the panel: it would reach 870.
    const design = placeItem(item('site:branch'), { x: 1500, y: 590 }, flow, 's-new', {
      ...view,
      width: 2000,
    })(b.design);
    expect(design.layout?.nodes?.['s-new']).toMatchObject({ x: 1460, y: 300 });
  });

  it('puts a pool dropped low in a site where it shows, inside that site', () => {
    const { b, site, flow } = estate();
    // Dallas is 100..560 down; with the canvas ending at 500, an empty pool (118 tall) starts at 500 - 118 = 382.
    const design = placeItem(item('pool:edge'), { x: 200, y: 490 }, flow, 'p-new', { ...view, height: 500 })(b.design);
    expect(design.pools.at(-1)).toMatchObject({ id: 'p-new', siteId: site });
    expect(design.layout?.nodes?.['p-new']).toEqual({ x: 200 - 100 - 24, y: 382 - 100 });
  });

  it('is where it was dropped when it fits', () => {
    const { b, flow } = estate();
    const design = placeItem(item('site:branch'), { x: 1500, y: 200 }, flow, 's-new', { ...view, width: 2000 })(
      b.design,
    );
    expect(design.layout?.nodes?.['s-new']).toMatchObject({ x: 1460, y: 180 });
  });
});

describe('keepInView', () => {
  const view = { x: 0, y: 0, width: 1000, height: 600 };
  const size = { width: 400, height: 300 };

  it('moves a box no further than into the view', () => {
    expect(keepInView({ x: 900, y: 500 }, size, { x: 940, y: 520 }, view)).toEqual({ x: 600, y: 300 });
    expect(keepInView({ x: -50, y: -10 }, size, { x: 10, y: 10 }, view)).toEqual({ x: 0, y: 0 });
  });

  it('keeps the pointer on the box, and a box taller than the view at its top edge', () => {
    expect(keepInView({ x: 0, y: 0 }, { width: 400, height: 900 }, { x: 20, y: 500 }, view)).toEqual({ x: 0, y: 0 });
    expect(keepInView({ x: 0, y: 550 }, { width: 400, height: 900 }, { x: 20, y: 560 }, view)).toEqual({ x: 0, y: 0 });
  });
});
