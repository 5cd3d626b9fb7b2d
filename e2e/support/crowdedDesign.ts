import { DesignBuilder } from '../../shared/testing/designBuilder';
import { writeFixture } from './sampleDesigns';

/**
 * Dallas with its boxes placed by hand, close together as planners leave them: a Front End pool of 12 servers
 * with its Back End 24 px below it, an Edge pool and a file store beside them, a group of staff; Austin (a branch)
 * with an SBA. Every drop and paste the issue lists lands on one of these.
 */
export function crowdedFixture(): string {
  const b = new DesignBuilder('Crowded fixture');
  const dallas = b.site('Dallas');
  const fe = b.pool(dallas, 'frontEnd', {
    servers: 12,
    fqdn: 'pool01.contoso.com',
    extra: { hostsCms: true } as never,
  });
  const sql = b.pool(dallas, 'backEnd', { servers: 1, fqdn: 'sqlpool01.contoso.com' });
  const edge = b.pool(dallas, 'edge', { servers: 1, fqdn: 'edgepool01.contoso.com' });
  const files = b.pool(dallas, 'fileStore', { servers: 1, fqdn: 'files01.contoso.com' });
  b.associate('backEnd', fe, sql);
  b.associate('fileStore', fe, files);
  b.associate('edge', fe, edge);
  const staff = b.users(dallas, fe, 5000);
  b.design.userGroups[0]!.name = 'Dallas staff';
  const austin = b.site('Austin', 'branch', dallas);
  const sba = b.pool(austin, 'sba', { servers: 1, fqdn: 'sba01.contoso.com' });
  b.associate('registrar', sba, fe);
  b.users(austin, sba, 200);
  b.link(dallas, austin, 10000);
  b.design.layout = {
    nodes: {
      [dallas]: { x: 0, y: 0, width: 1260, height: 640 },
      [austin]: { x: 1400, y: 0, width: 480, height: 300 },
      // 12 servers: 78 + 4 rows of 34 + 3 gaps of 8 + 12 = 250 tall, so its Back End 24 px below is at 344.
      [fe]: { x: 24, y: 70 },
      [sql]: { x: 24, y: 344 },
      [edge]: { x: 436, y: 70 },
      [files]: { x: 436, y: 344 },
      [staff]: { x: 848, y: 70 },
      [sba]: { x: 24, y: 70 },
      [b.design.userGroups[1]!.id]: { x: 24, y: 220 },
    },
  };
  return writeFixture(b.design, 'crowded');
}
