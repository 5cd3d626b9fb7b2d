import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moveNodes } from '../../shared/commands/moveNodes';
import { placeNodes } from '../../shared/commands/placeNodes';
import { serializeDesign } from '../../shared/format/serializeDesign';
import type { Design } from '../../shared/model/design';
import { DesignBuilder } from '../../shared/testing/designBuilder';
import { fabrikamDesign } from '../../shared/testing/fabrikamDesign';
import { e2eFolder } from './filesFolder';

/** Writes a design to a fresh temporary .lyncplan file and returns its path. */
export function writeFixture(design: Design, name: string): string {
  const path = join(e2eFolder('lyncplan-fixture-'), `${name}.lyncplan`);
  writeFileSync(path, serializeDesign(design));
  return path;
}

/**
 * Dallas (central) with two Front End pools (fe01-fe03 and fe11-fe12), a SQL pool and 8,000 users; Austin
 * (branch) with 300 users on a 10 Mbps link. Laid out so every box is on screen at the canvas's fitted zoom.
 */
export function editingFixture(): string {
  const b = new DesignBuilder('Editing fixture');
  const dallas = b.site('Dallas');
  const pool1 = b.pool(dallas, 'frontEnd', {
    servers: 3,
    fqdn: 'pool01.contoso.com',
    extra: { hostsCms: true } as never,
  });
  const pool2 = b.pool(dallas, 'frontEnd', { servers: 2, fqdn: 'pool02.contoso.com' });
  const sql = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sqlpool01.contoso.com' });
  b.associate('backEnd', pool1, sql);
  b.associate('backEnd', pool2, sql);
  const names = ['fe01', 'fe02', 'fe03', 'fe11', 'fe12', 'sql01'];
  b.design.servers.forEach((server, i) => {
    server.fqdn = `${names[i]}.contoso.com`;
  });
  const staff = b.users(dallas, pool1, 8000);
  b.design.userGroups[0]!.name = 'Dallas staff';
  const austin = b.site('Austin', 'branch', dallas);
  const branchUsers = b.users(austin, pool2, 300);
  b.link(dallas, austin, 10000);
  const design = placeNodes(b.design, {
    places: {
      [dallas]: { x: 0, y: 0, width: 1260, height: 640 },
      [austin]: { x: 1500, y: 0, width: 480, height: 300 },
    },
  });
  return writeFixture(
    moveNodes(design, {
      moves: [
        { id: pool1, x: 24, y: 80 },
        { id: pool2, x: 444, y: 80 },
        { id: sql, x: 864, y: 80 },
        { id: staff, x: 24, y: 420 },
        { id: branchUsers, x: 24, y: 80 },
      ],
    }),
    'editing',
  );
}

/**
 * Two findings only the inspector can fix: Dallas's two-server Edge pool has no load balancing (TOPO-EE-NEEDS-LB),
 * and the Austin link has a bandwidth policy while no Dallas pool runs call admission control
 * (TB-CAC-ONE-POOL-PER-CENTRAL-SITE). Otherwise well formed: a mirrored Back End, a file store, the Edge's next hop.
 */
export function inspectorFixesFixture(): string {
  const b = new DesignBuilder('Inspector fixes');
  const dallas = b.site('Dallas');
  const pool = b.wellFormedFrontEnd(dallas, 3);
  b.design.pools.find((p) => p.id === pool)!.fqdn = 'pool01.contoso.com';
  const edge = b.pool(dallas, 'edge', { servers: 2, fqdn: 'edgepool01.contoso.com' });
  b.associate('edge', pool, edge);
  b.associate('edgeNextHop', edge, pool);
  const austin = b.site('Austin', 'branch', dallas);
  b.users(dallas, pool, 6_000);
  b.users(austin, pool, 200);
  b.link(dallas, austin, 20_000, {
    cac: { audioLimitKbps: 2_000, audioSessionLimitKbps: 175, videoLimitKbps: 4_000, videoSessionLimitKbps: 700 },
  });
  return writeFixture(b.design, 'inspector-fixes');
}

/**
 * Dallas with one well-formed Enterprise pool of 13 servers (one past the limit: CAP-FE-MAX-SERVERS is its only
 * error) and 10,000 users; the design's author is J. Planner, the waive dialog's default author.
 */
export function waiverFixture(): string {
  const b = new DesignBuilder('Waiver fixture');
  const dallas = b.site('Dallas');
  const pool = b.wellFormedFrontEnd(dallas, 13);
  b.design.pools.find((p) => p.id === pool)!.fqdn = 'pool01.contoso.com';
  b.users(dallas, pool, 10_000);
  b.design.meta.author = 'J. Planner';
  return writeFixture(b.design, 'waivers');
}

/** Fabrikam's one site, its pools placed by hand in two columns 24 apart (shared/testing/fabrikamDesign.ts). */
export function fabrikamFixture(): { path: string; ids: ReturnType<typeof fabrikamDesign>['ids'] } {
  const { design, ids } = fabrikamDesign();
  return { path: writeFixture(design, 'fabrikam'), ids };
}
