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

  describe('a copied site keeps its connections and gets names of its own', () => {
    function fabrikam() {
      const b = new DesignBuilder();
      const redmond = b.site('Redmond');
      const fe = b.pool(redmond, 'frontEnd', { servers: 4, fqdn: 'pool01.fabrikam.com' });
      const partner = b.pool(redmond, 'frontEnd', { servers: 3, fqdn: 'pool02.fabrikam.com' });
      const sql = b.pool(redmond, 'backEnd', { servers: 1, fqdn: 'sql01.fabrikam.com' });
      const edge = b.pool(redmond, 'edge', { servers: 2, fqdn: 'edge01.fabrikam.com' });
      b.associate('backEnd', fe, sql);
      b.associate('backupPool', fe, partner);
      b.associate('edge', fe, edge);
      const oslo = b.site('Oslo', 'branch', redmond);
      const sba = b.pool(oslo, 'sba', { servers: 1, fqdn: 'sba01.fabrikam.com' });
      b.associate('registrar', sba, fe);
      const office = b.users(oslo, sba, 800);
      b.design.userGroups[0]!.name = 'Oslo office';
      const visitors = b.users(oslo, sba, 20);
      b.design.userGroups[1]!.name = 'Visitors';
      const wan = b.link(redmond, oslo, 2_048, { latencyMs: 40 });
      return { design: b.design, redmond, fe, partner, sql, edge, oslo, sba, office, visitors, wan };
    }

    it('copies a branch with its WAN link to the hub and its SBA’s backup registrar', () => {
      const { design, redmond, fe, oslo, sba } = fabrikam();
      const { design: next, idMap } = paste(design, [oslo]);
      const copy = next.sites.find((site) => site.id === idMap[oslo])!;
      expect(copy).toMatchObject({ name: 'Oslo 2', kind: 'branch', centralSiteId: redmond });
      expect(next.links.filter((link) => link.siteB === copy.id)).toEqual([
        expect.objectContaining({ siteA: redmond, capacityKbps: 2_048, latencyMs: 40 }),
      ]);
      expect(next.associations.filter((a) => a.from === idMap[sba])).toEqual([
        expect.objectContaining({ kind: 'registrar', to: fe }),
      ]);
      expect(next.links).toHaveLength(2);
    });

    it('names a group after the copy of its site, and numbers any other name', () => {
      const { design, oslo, office, visitors } = fabrikam();
      const { design: next, idMap } = paste(design, [oslo]);
      const named = (id: string) => next.userGroups.find((group) => group.id === idMap[id])!.name;
      expect(named(office)).toBe('Oslo 2 office');
      expect(named(visitors)).toBe('Visitors 2');
      const again = paste(next, [oslo]).design;
      expect(again.userGroups.map((group) => group.name)).toEqual(
        expect.arrayContaining(['Oslo 3 office', 'Visitors 3']),
      );
    });

    it('keeps a copied pool’s own dependencies but never its DR partner or Back End, nor an SBA’s registrar', () => {
      const { design, fe, edge } = fabrikam();
      const { design: next, idMap } = paste(design, [fe]);
      expect(next.associations.filter((a) => a.from === idMap[fe]).map((a) => [a.kind, a.to])).toEqual([
        ['edge', edge],
      ]);
      expect(next.associations.filter((a) => a.to === idMap[fe])).toEqual([]);
    });
  });
});
