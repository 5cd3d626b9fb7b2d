import { describe, expect, it } from 'vitest';
import { CommandRefused } from '../../../shared/commands/commandError';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { validate } from '../../../shared/validate';
import { paletteItemByKey } from '../palette/paletteItems';
import { deriveFlow } from './deriveFlow';
import { placeItem } from './placeItem';

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
