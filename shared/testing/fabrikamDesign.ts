import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import { DesignBuilder } from './designBuilder';

/**
 * The design issue 11 drew its association lines on: Fabrikam's one site with a 4-server Enterprise pool, its
 * mirrored SQL Back End, a file store, Office Web Apps, an Edge pool and a Director pool, placed by hand in two
 * columns 24 apart, as a planner leaves them. The Edge pool sits below the SQL pool, so a straight line from the
 * Front End pool to it runs through the SQL pool; the file store and the Director sit 24 beside the pools they
 * are joined to, too close for a label between them.
 */
export function fabrikamDesign(): {
  design: Design;
  ids: Record<'site' | 'fe' | 'sql' | 'files' | 'owa' | 'edge' | 'director' | 'staff' | 'feToEdge', string>;
} {
  const b = new DesignBuilder('Fabrikam');
  const site = b.site('Fabrikam HQ');
  const fe = b.pool(site, 'frontEnd', {
    servers: 4,
    fqdn: 'pool01.fabrikam.com',
    extra: { hostsCms: true } as Partial<Pool>,
  });
  const sql = b.pool(site, 'backEnd', {
    servers: 2,
    fqdn: 'sql01.fabrikam.com',
    extra: { ha: 'mirroring' } as Partial<Pool>,
  });
  const files = b.pool(site, 'fileStore', { servers: 1, fqdn: 'fs01.fabrikam.com' });
  const owa = b.pool(site, 'officeWebApps', { servers: 1, fqdn: 'owa01.fabrikam.com' });
  const edge = b.pool(site, 'edge', { servers: 1, fqdn: 'edgepool01.fabrikam.com' });
  const director = b.pool(site, 'director', { servers: 1, fqdn: 'dirpool01.fabrikam.com' });
  b.associate('backEnd', fe, sql);
  b.associate('fileStore', fe, files);
  b.associate('officeWebApps', fe, owa);
  const feToEdge = b.associate('edge', fe, edge);
  b.associate('edgeNextHop', edge, director);
  const staff = b.users(site, fe, 8000);
  b.design.userGroups[0]!.name = 'Fabrikam staff';
  b.design.layout = {
    nodes: {
      [site]: { x: 0, y: 0, width: 1100, height: 580 },
      // The Front End pool (4 servers) is 166 tall, the others (one row of servers) 124; 24 between them.
      [fe]: { x: 24, y: 70 },
      [sql]: { x: 24, y: 260 },
      [edge]: { x: 24, y: 408 },
      [files]: { x: 436, y: 70 },
      [owa]: { x: 436, y: 260 },
      [director]: { x: 436, y: 408 },
      [staff]: { x: 848, y: 70 },
    },
  };
  return { design: b.design, ids: { site, fe, sql, files, owa, edge, director, staff, feToEdge } };
}
