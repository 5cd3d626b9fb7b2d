import { describe, expect, it } from 'vitest';
import type { Pool } from '../model/pool';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TOPO-BE-MIRROR-MIN-2');
const mirrored = { ha: 'mirroring' } as Partial<Pool>;

describe('TOPO-BE-MIRROR-MIN-2', () => {
  it('a Back End set to mirroring with one server is an error that names the fix and advises a witness', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const sql = b.pool(site, 'backEnd', { servers: 1, fqdn: 'sql01.contoso.com', extra: mirrored });
    expect(findingsOf(b)).toEqual([
      {
        rule: 'TOPO-BE-MIRROR-MIN-2',
        severity: 'error',
        subjects: [sql],
        message:
          'Back End SQL store sql01.contoso.com uses synchronous SQL mirroring but has 1 server; mirroring needs 2, the principal and the mirror. Add a server to it, or set its high availability to None. Plan a witness as well (a SQL Server instance lyncplan does not draw; one can serve several mirrored pairs): with it the Back End fails over automatically, without it an administrator fails over by hand.',
        value: 1,
        limit: 2,
        source: 'Lync/LyncServer/lync-server-2013-back-end-server-high-availability.md',
      },
    ]);
  });

  it('counts a mirror that is down (the failure mirroring is for), and says "0 servers" for an empty pool', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const pair = b.pool(site, 'backEnd', { servers: 1, extra: mirrored });
    b.servers(pair, 1, { running: false });
    const empty = b.pool(site, 'backEnd', { servers: 0, extra: mirrored });
    expect(findingsOf(b).map((f) => f.subjects[0])).toEqual([empty]);
    expect(findingsOf(b)[0]?.message).toContain('but has 0 servers;');
  });

  it('leaves a single server without high availability, a cluster and a well-formed mirrored pair alone', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    b.pool(site, 'backEnd', { servers: 1 });
    b.pool(site, 'backEnd', { servers: 2, extra: { ha: 'clustering' } as Partial<Pool> });
    b.wellFormedFrontEnd(site, 3);
    expect(findingsOf(b)).toEqual([]);
  });
});
