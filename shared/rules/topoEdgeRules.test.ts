import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const of = (b: DesignBuilder, rule: string) => validate(b.design).findings.filter((f) => f.rule === rule);

describe('Edge and network interfaces', () => {
  it('TOPO-EDGE-LB-SAME and TOPO-EE-NEEDS-LB', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const mixed = b.pool(site, 'edge', {
      servers: 2,
      extra: { loadBalancing: { internal: 'dns', external: 'hardware' } } as never,
    });
    const unset = b.pool(site, 'edge', { servers: 2 });
    b.pool(site, 'edge', { servers: 2, extra: { loadBalancing: { internal: 'dns', external: 'dns' } } as never });
    expect(of(b, 'TOPO-EDGE-LB-SAME').map((f) => f.subjects[0])).toEqual([mixed]);
    expect(of(b, 'TOPO-EE-NEEDS-LB').map((f) => f.subjects[0])).toEqual([unset]);
  });

  it("TOPO-EDGE-2-NICS and TOPO-NO-MULTIHOME read the servers' network interfaces", () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const [edgeServer] = b.servers(b.pool(site, 'edge'), 1);
    const [feServer] = b.servers(b.frontEnd(site, 0), 1);
    b.design.servers.find((s) => s.id === edgeServer)!.hardware = { nics: 1 };
    b.design.servers.find((s) => s.id === feServer)!.hardware = { nics: 2 };
    expect(of(b, 'TOPO-EDGE-2-NICS')).toEqual([
      expect.objectContaining({ subjects: [edgeServer], value: 1, limit: 2 }),
    ]);
    expect(of(b, 'TOPO-NO-MULTIHOME')).toEqual([expect.objectContaining({ subjects: [feServer], value: 2, limit: 1 })]);
  });

  it('TB-FEDERATION-SINGLE-ROUTE, TB-EDGE-MEDIA-ASSOC and TOPO-DNSLB-LEGACY', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const first = b.pool(site, 'edge', {
      servers: 2,
      extra: { federation: true, loadBalancing: { internal: 'dns', external: 'dns' } } as never,
    });
    b.pool(site, 'edge', { servers: 2, extra: { federation: true } as never });
    b.associate('edge', b.frontEnd(site, 3), first);
    expect(of(b, 'TB-FEDERATION-SINGLE-ROUTE')).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
    expect(of(b, 'TB-EDGE-MEDIA-ASSOC')).toHaveLength(1);
    expect(of(b, 'TOPO-DNSLB-LEGACY')).toEqual([expect.objectContaining({ severity: 'info', subjects: [first] })]);
  });

  it('TOPO-NO-EXCHANGE-COLOC: a Lync role on the Exchange UM server is an error', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const um = b.pool(site, 'exchangeUm', { servers: 1 });
    const med = b.pool(site, 'mediation');
    const [id] = b.servers(med, 1);
    b.design.servers.find((s) => s.id === id)!.fqdn = b.design.servers.find((s) => s.poolId === um)!.fqdn;
    expect(of(b, 'TOPO-NO-EXCHANGE-COLOC')).toHaveLength(1);
    expect(of(b, 'TOPO-SEPARATE-ROLES')).toEqual([]);
  });
});
