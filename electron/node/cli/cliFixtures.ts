import { serializeDesign } from '../../../shared/format/serializeDesign';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/design';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { smallMigration } from '../../../shared/testing/smallMigration';

/**
 * The designs the command-line tests read. Kept as code so they stay valid as the format grows; the test
 * writes them to a temporary folder and runs the real binary on the files.
 */
export function fixtureFiles(): Record<string, string> {
  // The medium reference topology: 20,000 users, a 3-server pool, mirrored Back End, 2 Edge servers, two branches.
  const medium = new DesignBuilder('Contoso medium');
  const dallas = medium.site('Dallas');
  const austin = medium.site('Austin', 'branch', dallas);
  const houston = medium.site('Houston', 'branch', dallas);
  const pool = medium.pool(dallas, 'frontEnd', { servers: 3, fqdn: 'pool01.contoso.com' });
  const sql = medium.pool(dallas, 'backEnd', {
    servers: 2,
    fqdn: 'sql01.contoso.com',
    extra: { ha: 'mirroring' } as never,
  });
  const edge = medium.pool(dallas, 'edge', { servers: 2, fqdn: 'edgepool01.contoso.com' });
  const share = medium.pool(dallas, 'fileStore', { servers: 1, fqdn: 'fs01.contoso.com' });
  const sba = medium.pool(austin, 'sba', { servers: 1, fqdn: 'sba01.contoso.com' });
  medium.pool(houston, 'pstnGateway', { servers: 1, fqdn: 'gw01.contoso.com', extra: { mediaBypass: true } as never });
  medium.associate('backEnd', pool, sql);
  medium.associate('edge', pool, edge);
  medium.associate('fileStore', pool, share);
  medium.associate('registrar', sba, pool);
  medium.associate('edgeNextHop', edge, pool);
  medium.associate('pstnGateway', pool, medium.design.pools.find((p) => p.role === 'pstnGateway')!.id);
  const owas = medium.pool(dallas, 'officeWebApps', { servers: 1, fqdn: 'owas01.contoso.com' });
  medium.associate('officeWebApps', pool, owas);
  const fePool = medium.design.pools.find((p) => p.id === pool)!;
  if (fePool.role === 'frontEnd') fePool.hostsCms = true;
  const edgePool = medium.design.pools.find((p) => p.id === edge)!;
  if (edgePool.role === 'edge') edgePool.loadBalancing = { internal: 'dns', external: 'dns' };
  medium.users(dallas, pool, 19_000);
  medium.users(austin, sba, 600);
  medium.users(houston, pool, 400);
  medium.link(austin, dallas, 10_000);
  medium.link(houston, dallas, 10_000);

  // A well-formed pool, wrong only in having 13 servers.
  const overfull = new DesignBuilder('Too many servers');
  const site = overfull.site('Dallas');
  const big = overfull.wellFormedFrontEnd(site, 13);
  overfull.design.pools.find((p) => p.id === big)!.fqdn = 'pool01.contoso.com';
  overfull.users(site, big, 50_000);

  // The same pool, its one error waived by the change board; and the waiver after a fourteenth server was added.
  const waiver = {
    id: 'w-1',
    rule: 'CAP-FE-MAX-SERVERS',
    subjects: [big],
    value: 13,
    reason: 'Single pool by design | approved by change board 2026-11',
    author: 'A. Architect',
    waivedAt: '2026-11-02T09:30:00.000Z',
  };
  const waived = { ...overfull.design, servers: [...overfull.design.servers], waivers: [waiver] };
  overfull.servers(big, 1);
  const grown = { ...overfull.design, waivers: [waiver] };

  const valid = serializeDesign(medium.design);
  const broken = valid.slice(0, 400);
  const negative = JSON.parse(valid);
  negative.userGroups[0].count = -5;
  const newer = JSON.parse(valid);
  newer.formatVersion = CURRENT_FORMAT_VERSION + 1;
  // A whole small migration (2010 pool to 2013, five steps), and the same plan naming a pool that is not in the file.
  const plan = smallMigration().design;
  const brokenPlan = JSON.parse(serializeDesign(plan));
  brokenPlan.migration.steps[3].actions[0] = { op: 'remove', ids: [brokenPlan.pools[0].id, 'fe9'] };
  return {
    'plan.lyncplan': serializeDesign(plan),
    'broken-plan.lyncplan': `${JSON.stringify(brokenPlan, null, 2)}\n`,
    'medium.lyncplan': valid,
    'overfull.lyncplan': serializeDesign({ ...overfull.design, servers: waived.servers }),
    'waived.lyncplan': serializeDesign(waived),
    'waived-grown.lyncplan': serializeDesign(grown),
    'truncated.lyncplan': broken,
    'contoso.tbxml':
      '<?xml version="1.0" encoding="utf-8"?>\n<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008" />\n',
    'negative-count.lyncplan': `${JSON.stringify(negative, null, 2)}\n`,
    'newer.lyncplan': `${JSON.stringify(newer, null, 2)}\n`,
  };
}
