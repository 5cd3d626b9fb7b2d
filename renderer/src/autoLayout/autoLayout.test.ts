import { describe, expect, it } from 'vitest';
import { placeNodes } from '../../../shared/commands/placeNodes';
import { poolSize, USER_GROUP } from '../../../shared/geometry/boxSizes';
import type { NodeLayout } from '../../../shared/model/layout';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { layoutDesign, layoutSite } from './autoLayout';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function estate() {
  const b = new DesignBuilder();
  const dallas = b.site('Dallas');
  const fe = b.wellFormedFrontEnd(dallas, 4);
  b.users(dallas, fe, 20000);
  b.users(dallas, fe, 5000);
  const paris = b.site('Paris');
  const fe2 = b.wellFormedFrontEnd(paris, 2);
  b.link(dallas, paris, 100000);
  const branches = Array.from({ length: 7 }, (_, i) => {
    const hub = i < 5 ? dallas : paris;
    const branch = b.site(`Branch ${i + 1}`, 'branch', hub);
    b.users(branch, i < 5 ? fe : fe2, 100);
    b.link(hub, branch, 2048);
    return branch;
  });
  return { design: b.design, dallas, paris, fe, branches };
}

function boxes(design: ReturnType<typeof estate>['design'], places: Record<string, NodeLayout>) {
  const servers = new Map<string, number>();
  for (const server of design.servers) servers.set(server.poolId, (servers.get(server.poolId) ?? 0) + 1);
  const sizeOf = (id: string) =>
    places[id]!.width
      ? { width: places[id]!.width!, height: places[id]!.height! }
      : design.pools.some((p) => p.id === id)
        ? poolSize(servers.get(id) ?? 0)
        : USER_GROUP;
  return (id: string): Box => ({ ...places[id]!, ...sizeOf(id) });
}

describe.each(['leftToRight', 'hubAndSpokes'] as const)('layoutDesign (%s)', (arrangement) => {
  it('places every site, pool and user group, with no two sites and no two things in a site overlapping', () => {
    const { design } = estate();
    const places = layoutDesign(design, arrangement);
    const box = boxes(design, places);
    for (const entity of [...design.sites, ...design.pools, ...design.userGroups])
      expect(places[entity.id]).toBeDefined();
    for (const [i, a] of design.sites.entries())
      for (const b of design.sites.slice(i + 1))
        expect(overlaps(box(a.id), box(b.id)), `${a.name} / ${b.name}`).toBe(false);
    for (const site of design.sites) {
      const inside = [...design.pools, ...design.userGroups]
        .filter((entity) => entity.siteId === site.id)
        .map((entity) => entity.id);
      const siteBox = box(site.id);
      for (const [i, a] of inside.entries()) {
        const child = box(a);
        // Inside the site's box (positions are relative to the site).
        expect(child.x).toBeGreaterThanOrEqual(0);
        expect(child.y).toBeGreaterThanOrEqual(0);
        expect(child.x + child.width).toBeLessThanOrEqual(siteBox.width);
        expect(child.y + child.height).toBeLessThanOrEqual(siteBox.height);
        for (const b of inside.slice(i + 1)) expect(overlaps(child, box(b))).toBe(false);
      }
    }
  });

  it('is one command, and undoable as such', () => {
    const { design } = estate();
    const laidOut = placeNodes(design, { places: layoutDesign(design, arrangement) });
    expect(laidOut.sites).toBe(design.sites);
    expect(Object.keys(laidOut.layout!.nodes!)).toHaveLength(
      design.sites.length + design.pools.length + design.userGroups.length,
    );
  });
});

describe('layoutDesign shapes', () => {
  it('reads a chain of sites left to right', () => {
    const b = new DesignBuilder();
    const [a, m, z] = ['A', 'M', 'Z'].map((name) => b.site(name, 'central'));
    b.link(a!, m!, 1000);
    b.link(m!, z!, 1000);
    const places = layoutDesign(b.design, 'leftToRight');
    expect(places[a!]!.x).toBeLessThan(places[m!]!.x);
    expect(places[m!]!.x).toBeLessThan(places[z!]!.x);
  });

  it("puts each hub's branches on a ring around it", () => {
    const { design, dallas, branches } = estate();
    const places = layoutDesign(design, 'hubAndSpokes');
    const centre = (id: string) => ({
      x: places[id]!.x + places[id]!.width! / 2,
      y: places[id]!.y + places[id]!.height! / 2,
    });
    const hub = centre(dallas);
    const distances = branches
      .slice(0, 5)
      .map((branch) => Math.hypot(centre(branch).x - hub.x, centre(branch).y - hub.y));
    for (const distance of distances) expect(distance).toBeCloseTo(distances[0]!, 3);
    // Spokes go all round the hub, not to one side.
    expect(Math.min(...branches.slice(0, 5).map((id) => centre(id).y))).toBeLessThan(hub.y);
    expect(Math.max(...branches.slice(0, 5).map((id) => centre(id).y))).toBeGreaterThan(hub.y);
  });

  it('lays out one site inside, keeping where the site is', () => {
    const { design, dallas, fe } = estate();
    const places = layoutSite(design, dallas, { x: 300, y: 40 });
    expect(places[dallas]).toMatchObject({ x: 300, y: 40 });
    expect(places[fe]).toBeDefined();
    // Only that site and what it holds.
    expect(
      Object.keys(places).every(
        (id) =>
          id === dallas ||
          design.pools.concat().some((p) => p.id === id && p.siteId === dallas) ||
          design.userGroups.some((g) => g.id === id && g.siteId === dallas),
      ),
    ).toBe(true);
    // The people sit above the pool they are homed on.
    const group = design.userGroups.find((g) => g.siteId === dallas)!;
    expect(places[group.id]!.y).toBeLessThan(places[fe]!.y);
  });
});
