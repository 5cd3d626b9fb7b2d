import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('CAP-MED-STANDALONE-CALLS', () => {
  it("calls go to the site's stand-alone pool, at 1,500 per server (1,100 without hyper-threading)", () => {
    const b = new DesignBuilder('Voice', { traffic: { ...NO_TRAFFIC, pstnPercent: 10 } });
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    const mediation = b.pool(site, 'mediation', { servers: 2 });
    b.associate('pstnGateway', mediation, b.pool(site, 'pstnGateway', { servers: 1 }));
    b.design.servers.filter((s) => s.poolId === mediation)[0]!.hardware = { hyperThreading: false };
    b.users(site, pool, 30_000);
    expect(of(b, 'CAP-MED-STANDALONE-CALLS')).toEqual([
      expect.objectContaining({ subjects: [mediation], value: 3_000, limit: 2_600 }),
    ]);
    expect(of(b, 'CAP-MED-COLLOCATED-CALLS')).toEqual([]);
  });

  it('passes the same calls on two servers with hyper-threading (3,000)', () => {
    const b = new DesignBuilder('Voice', { traffic: { ...NO_TRAFFIC, pstnPercent: 10 } });
    const site = b.site('Dallas');
    const pool = b.frontEnd(site, 12);
    b.associate('pstnGateway', b.pool(site, 'mediation', { servers: 2 }), b.pool(site, 'pstnGateway', { servers: 1 }));
    b.users(site, pool, 30_000);
    expect(of(b, 'CAP-MED-STANDALONE-CALLS')).toEqual([]);
  });
});

describe('CAP-MED-STANDALONE-CALLS on a Lync Server 2010 Mediation pool: about 1,000 calls per server', () => {
  it('1,200 planned calls on one 2010 server are a warning (a 2013 server carries 1,500), citing the 2010 page', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const mediation = b.pool(site, 'mediation', { servers: 1, extra: { concurrentCalls: 1_200 } });
    expect(of(b, 'CAP-MED-STANDALONE-CALLS')).toEqual([]);
    b.legacy(mediation);
    expect(of(b, 'CAP-MED-STANDALONE-CALLS')).toEqual([
      expect.objectContaining({ value: 1_200, limit: 1_000, source: SOURCES.lync2010MultipleGateways }),
    ]);
    expect(of(b, 'CAP-MED-STANDALONE-CALLS')[0]!.message).toBe(
      'Mediation pool mediation2.contoso.com carries 1,200 concurrent non-bypass calls; its 1 running server handles 1,000 (about 1,000 each on Lync Server 2010).',
    );
  });
});
