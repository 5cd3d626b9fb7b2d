import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { collocate } from '../testing/ruleScenarios';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('TOPO-NO-EXCHANGE-COLOC', () => {
  it('a Lync role on the Exchange UM server is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const um = b.pool(site, 'exchangeUm', { servers: 1 });
    const med = b.pool(site, 'mediation');
    const [id] = b.servers(med, 1);
    b.design.servers.find((s) => s.id === id)!.fqdn = b.design.servers.find((s) => s.poolId === um)!.fqdn;
    expect(of(b, 'TOPO-NO-EXCHANGE-COLOC')).toHaveLength(1);
    expect(of(b, 'TOPO-SEPARATE-ROLES')).toEqual([]);
  });

  it('names the Lync server first, then the other product; Exchange UM on a computer of its own passes', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const proxy = b.pool(site, 'reverseProxy', { servers: 1 });
    const director = b.pool(site, 'director', { servers: 2 });
    expect(of(b, 'TOPO-NO-EXCHANGE-COLOC')).toEqual([]);
    const lync = collocate(b, proxy, director);
    const [proxyServer] = b.design.servers.filter((s) => s.poolId === proxy);
    expect(of(b, 'TOPO-NO-EXCHANGE-COLOC')).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [lync, proxyServer!.id] }),
    ]);
  });
});
