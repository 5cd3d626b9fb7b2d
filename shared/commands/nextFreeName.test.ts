import { describe, expect, it } from 'vitest';
import type { Pool } from '../model/pool';
import { DesignBuilder } from '../testing/designBuilder';
import { dominantDomain, nextFreeFqdn, nextFreeName, nextPoolFqdn, nextServerFqdn } from './nextFreeName';

const taken = (...names: string[]) => new Set(names.map((name) => name.toLowerCase()));

describe('nextFreeFqdn', () => {
  it('increments the number of the first label, keeping its padding', () => {
    expect(nextFreeFqdn('fe03.contoso.com', taken('fe03.contoso.com'))).toBe('fe04.contoso.com');
    expect(nextFreeFqdn('fe09.contoso.com', taken())).toBe('fe10.contoso.com');
    expect(nextFreeFqdn('sql099.corp.contoso.com', taken())).toBe('sql100.corp.contoso.com');
  });

  it('skips names already in the design, whatever their case', () => {
    expect(nextFreeFqdn('fe03.contoso.com', taken('FE04.contoso.com', 'fe05.contoso.com'))).toBe('fe06.contoso.com');
  });

  it('numbers a label that has no number, and only touches the first label', () => {
    expect(nextFreeFqdn('pool.contoso2.com', taken())).toBe('pool2.contoso2.com');
    expect(nextFreeFqdn('sip', taken('sip2'))).toBe('sip3');
  });
});

describe('nextFreeName', () => {
  it('numbers site names as a person would', () => {
    expect(nextFreeName('Dallas', taken('dallas'))).toBe('Dallas 2');
    expect(nextFreeName('Branch site 2', taken('branch site 3'))).toBe('Branch site 4');
    expect(nextFreeName('DC1', taken())).toBe('DC2');
  });
});

describe('nextPoolFqdn / nextServerFqdn', () => {
  function estate(fqdns: string[]) {
    const b = new DesignBuilder();
    const pool = b.pool(b.site('Dallas'), 'frontEnd', { servers: fqdns.length, fqdn: 'pool01.fabrikam.net' });
    b.design.servers.forEach((server, i) => {
      server.fqdn = fqdns[i]!;
    });
    return { design: b.design, pool };
  }
  /** The next server name in the one Front End pool of an estate whose servers are named `fqdns`. */
  const nextServerIn = (fqdns: string[]) => {
    const { design } = estate(fqdns);
    return nextServerFqdn(design, design.pools[0]!);
  };

  it("numbers a role's prefix from 01 in the domain most of the design uses", () => {
    const { design } = estate(['sip.fabrikam.net', 'web.contoso.com']);
    expect(dominantDomain(design)).toBe('fabrikam.net');
    const edge: Pool = { id: 'p-edge', siteId: design.sites[0]!.id, role: 'edge', fqdn: 'edgepool01.fabrikam.net' };
    expect(nextServerFqdn({ ...design, pools: [...design.pools, edge] }, edge)).toBe('edge01.fabrikam.net');
    expect(nextPoolFqdn(design, 'frontEnd')).toBe('pool02.fabrikam.net');
    expect(nextPoolFqdn(design, 'frontEnd', 'standard')).toBe('se01.fabrikam.net');
    expect(nextPoolFqdn(design, 'backEnd')).toBe('sqlpool01.fabrikam.net');
  });

  it('numbers after the highest number of the prefix in any domain and any case, keeping longer numbers whole', () => {
    expect(nextServerIn(['fe01.fabrikam.net', 'FE03.fabrikam.net'])).toBe('fe04.fabrikam.net');
    expect(nextServerIn(['fe09.fabrikam.net', 'fe11.contoso.com'])).toBe('fe12.fabrikam.net');
    expect(nextServerIn(['fe099.fabrikam.net'])).toBe('fe100.fabrikam.net');
  });

  it('starts at contoso.com in a design without FQDNs', () => {
    expect(nextPoolFqdn(new DesignBuilder().design, 'edge')).toBe('edgepool01.contoso.com');
  });

  it("uses the design's default SIP domain in place of any other", () => {
    const { design } = estate(['fe01.contoso.com', 'fe02.contoso.com']);
    const withDomain = { ...design, settings: { defaultSipDomain: 'corp.fabrikam.net' } };
    expect(nextServerFqdn(withDomain, withDomain.pools[0]!)).toBe('fe03.corp.fabrikam.net');
    expect(nextPoolFqdn(withDomain, 'edge')).toBe('edgepool01.corp.fabrikam.net');
  });

  it("numbers a pool's servers apart from the pools, skipping names other pools hold", () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const fs1 = b.pool(dallas, 'fileStore', { fqdn: 'fs01.contoso.com' });
    const fs2 = b.pool(dallas, 'fileStore', { fqdn: 'fs02.contoso.com' });
    const pool = (id: string) => b.design.pools.find((p) => p.id === id)!;
    // An empty file store's first computer carries the store's own name, in whichever order they are filled.
    expect(nextServerFqdn(b.design, pool(fs2))).toBe('fs02.contoso.com');
    b.design.servers.push({ id: 'v-fs2', poolId: fs2, fqdn: 'fs02.contoso.com' });
    expect(nextServerFqdn(b.design, pool(fs1))).toBe('fs01.contoso.com');
    b.design.servers.push({ id: 'v-fs1', poolId: fs1, fqdn: 'fs01.contoso.com' });
    // A second computer in a store is numbered after the servers, past the names pools hold.
    b.pool(dallas, 'fileStore', { fqdn: 'fs03.contoso.com' });
    expect(nextServerFqdn(b.design, pool(fs1))).toBe('fs04.contoso.com');
    // Pools are numbered after the pools only.
    expect(nextPoolFqdn(b.design, 'fileStore')).toBe('fs04.contoso.com');
  });

  it('never names a Front End server after its pool, even a pool named like a server', () => {
    const b = new DesignBuilder();
    const pool = b.pool(b.site('Dallas'), 'frontEnd', { servers: 0, fqdn: 'fe01.contoso.com' });
    expect(nextServerFqdn(b.design, b.design.pools.find((p) => p.id === pool)!)).toBe('fe02.contoso.com');
  });
});
