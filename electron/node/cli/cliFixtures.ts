import { serializeDesign } from '../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../shared/testing/designBuilder';

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
  const sql = medium.pool(dallas, 'backEnd', { servers: 2, fqdn: 'sql01.contoso.com', extra: { ha: 'mirroring' } as never });
  const edge = medium.pool(dallas, 'edge', { servers: 2, fqdn: 'edgepool01.contoso.com' });
  const share = medium.pool(dallas, 'fileStore', { servers: 1, fqdn: 'fs01.contoso.com' });
  const sba = medium.pool(austin, 'sba', { servers: 1, fqdn: 'sba01.contoso.com' });
  medium.pool(houston, 'pstnGateway', { servers: 1, fqdn: 'gw01.contoso.com', extra: { mediaBypass: true } as never });
  medium.associate('backEnd', pool, sql);
  medium.associate('edge', pool, edge);
  medium.associate('fileStore', pool, share);
  medium.associate('registrar', sba, pool);
  medium.users(dallas, pool, 19_000);
  medium.users(austin, sba, 600);
  medium.users(houston, pool, 400);
  medium.link(austin, dallas, 10_000);
  medium.link(houston, dallas, 10_000);

  const overfull = new DesignBuilder('Too many servers');
  const site = overfull.site('Dallas');
  overfull.users(site, overfull.pool(site, 'frontEnd', { servers: 13, fqdn: 'pool01.contoso.com' }), 50_000);

  const valid = serializeDesign(medium.design);
  const broken = valid.slice(0, 400);
  const negative = JSON.parse(valid);
  negative.userGroups[0].count = -5;
  const newer = JSON.parse(valid);
  newer.formatVersion = 2;
  return {
    'medium.lyncplan': valid,
    'overfull.lyncplan': serializeDesign(overfull.design),
    'truncated.lyncplan': broken,
    'negative-count.lyncplan': `${JSON.stringify(negative, null, 2)}\n`,
    'newer.lyncplan': `${JSON.stringify(newer, null, 2)}\n`,
  };
}
