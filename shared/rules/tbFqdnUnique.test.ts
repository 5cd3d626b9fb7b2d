import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TB-FQDN-UNIQUE');

describe('TB-FQDN-UNIQUE', () => {
  it('two pools with one FQDN, a server twice in a pool, a server named like another pool', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const a = b.pool(site, 'edge', { servers: 2, fqdn: 'edge.contoso.com' });
    b.pool(site, 'director', { servers: 2, fqdn: 'edge.contoso.com' });
    const [first, second] = b.design.servers.filter((s) => s.poolId === a);
    second!.fqdn = first!.fqdn;
    const fe = b.frontEnd(site, 3);
    b.design.servers.find((s) => s.poolId === fe)!.fqdn = 'edge.contoso.com';
    expect(findingsOf(b).map((f) => f.message)).toEqual([
      expect.stringContaining('has the same FQDN as'),
      expect.stringContaining('is listed twice in'),
      expect.stringContaining('has the FQDN of'),
    ]);
  });

  it('allows a Standard Edition server named like its pool', () => {
    const b = new DesignBuilder();
    const se = b.pool(b.site('Central'), 'frontEnd', { edition: 'standard', servers: 1, fqdn: 'se01.contoso.com' });
    b.design.servers.find((s) => s.poolId === se)!.fqdn = 'se01.contoso.com';
    expect(findingsOf(b)).toEqual([]);
  });
});
