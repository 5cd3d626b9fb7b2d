import { describe, expect, it } from 'vitest';
import { parseDesign } from '../format/parseDesign';
import { serializeDesign } from '../format/serializeDesign';
import { DesignBuilder } from '../testing/designBuilder';
import { CommandRefused } from './commandError';
import { copyFragment, fragmentIds, fragmentRoots } from './fragment';
import { moveNodes } from './moveNodes';
import { pasteFragment } from './pasteFragment';

function freshIds(fragment: ReturnType<typeof copyFragment>): Record<string, string> {
  return Object.fromEntries(fragmentIds(fragment).map(({ id, prefix }, index) => [id, `${prefix}-new${index}`]));
}

function paste(design: DesignBuilder['design'], ids: string[], extra: { targetSiteId?: string } = {}) {
  const fragment = copyFragment(design, ids);
  const idMap = freshIds(fragment);
  return {
    design: pasteFragment(design, { fragment, idMap, offset: { x: 24, y: 24 }, ...extra }),
    idMap,
    roots: fragmentRoots(fragment),
  };
}

function sample() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const pool = b.pool(dallas, 'frontEnd', {
    servers: 0,
    fqdn: 'pool01.contoso.com',
    extra: { hostsCms: true } as never,
  });
  const [fe] = [b.servers(pool, 1)[0]!];
  b.design.servers[0]!.fqdn = 'fe03.contoso.com';
  const sql = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sqlpool01.contoso.com' });
  b.associate('backEnd', pool, sql);
  const group = b.users(dallas, pool, 800);
  const branch = b.site('Branch 1', 'branch', dallas);
  const link = b.link(dallas, branch, 2048);
  const design = moveNodes(b.design, {
    moves: [
      { id: dallas, x: 100, y: 50 },
      { id: pool, x: 24, y: 70 },
    ],
  });
  return { design, dallas, pool, fe: fe!, sql, group, branch, link };
}

describe('copy and paste', () => {
  it('duplicates a server into the same pool with the next free FQDN', () => {
    const { design, pool, fe } = sample();
    const { design: next, idMap } = paste(design, [fe]);
    const copy = next.servers.find((server) => server.id === idMap[fe]);
    expect(copy).toMatchObject({ poolId: pool, fqdn: 'fe04.contoso.com' });
    const again = paste(next, [fe]).design;
    expect(again.servers.map((server) => server.fqdn)).toContain('fe05.contoso.com');
  });

  it('copies a pool with its servers, but not the Central Management store', () => {
    const { design, pool, dallas } = sample();
    const { design: next, idMap, roots } = paste(design, [pool]);
    const copy = next.pools.find((p) => p.id === idMap[pool])!;
    expect(copy).toMatchObject({ siteId: dallas, fqdn: 'pool02.contoso.com', role: 'frontEnd' });
    expect('hostsCms' in copy).toBe(false);
    expect(next.servers.filter((server) => server.poolId === copy.id).map((server) => server.fqdn)).toEqual([
      'fe04.contoso.com',
    ]);
    expect(roots).toEqual([pool]);
    // The outermost copy moves by the offset; what it holds keeps its place inside it.
    expect(next.layout?.nodes?.[copy.id]).toEqual({ x: 48, y: 94 });
  });

  it('copies a site with everything in it, rewiring links, associations and homes to the copies', () => {
    const { design, dallas, branch, pool, sql } = sample();
    const { design: next, idMap } = paste(design, [dallas, branch]);
    expect(next.sites.map((site) => site.name)).toEqual(['Dallas', 'Branch 1', 'Dallas 2', 'Branch 2']);
    expect(next.sites.find((site) => site.id === idMap[branch])!.centralSiteId).toBe(idMap[dallas]);
    expect(next.links).toHaveLength(2);
    expect(next.links[1]).toMatchObject({ siteA: idMap[dallas], siteB: idMap[branch], capacityKbps: 2048 });
    expect(next.associations[1]).toMatchObject({ from: idMap[pool], to: idMap[sql] });
    expect(next.userGroups[1]).toMatchObject({ siteId: idMap[dallas], homePoolId: idMap[pool], count: 800 });
    expect(next.layout?.nodes?.[idMap[dallas]!]).toEqual({ x: 124, y: 74 });
  });

  it('keeps a copied user group homed on its pool when the pool is not copied', () => {
    const { design, pool, group } = sample();
    const { design: next, idMap } = paste(design, [group]);
    expect(next.userGroups.find((g) => g.id === idMap[group])).toMatchObject({ homePoolId: pool, count: 800 });
  });

  it('writes a design that parses back without an error', () => {
    const { design, dallas, branch } = sample();
    const text = serializeDesign(paste(design, [dallas, branch]).design);
    const parsed = parseDesign(text);
    expect(parsed.ok).toBe(true);
  });

  it('refuses to paste pools into a design that lacks their site unless a site is chosen', () => {
    const { design, pool } = sample();
    const fragment = copyFragment(design, [pool]);
    const other = new DesignBuilder();
    other.site('Paris');
    const elsewhere = 'paris';
    other.design.sites[0]!.id = elsewhere;
    const idMap = freshIds(fragment);
    expect(() => pasteFragment(other.design, { fragment, idMap, offset: { x: 0, y: 0 } })).toThrow(CommandRefused);
    const pasted = pasteFragment(other.design, { fragment, idMap, offset: { x: 0, y: 0 }, targetSiteId: elsewhere });
    expect(pasted.pools[0]!.siteId).toBe(elsewhere);
  });
});
