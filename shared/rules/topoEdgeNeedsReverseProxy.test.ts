import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TOPO-EDGE-NEEDS-REVERSE-PROXY');

describe('TOPO-EDGE-NEEDS-REVERSE-PROXY', () => {
  it('an Edge pool without a reverse proxy anywhere is one warning, on the Edge pool, naming what to add', () => {
    const b = new DesignBuilder();
    const site = b.site('Dallas');
    const edge = b.pool(site, 'edge', { servers: 2, fqdn: 'edgepool01.contoso.com' });
    expect(findingsOf(b)).toEqual([
      {
        rule: 'TOPO-EDGE-NEEDS-REVERSE-PROXY',
        severity: 'warning',
        subjects: [edge],
        message:
          'Edge pool edgepool01.contoso.com gives users outside access, but the design has no reverse proxy for the web services. External users need one to join meetings and dial-in conferences by simple URL, download meeting content and Address Book files, expand distribution groups and get client updates; mobile devices need it for autodiscover and push notifications. Add a reverse proxy from the palette.',
        source: 'Lync/LyncServer/lync-server-2013-components-required-for-external-user-access.md',
      },
    ]);
  });

  it('names every Edge pool in one finding', () => {
    const b = new DesignBuilder();
    const a = b.pool(b.site('Dallas'), 'edge', { servers: 2, fqdn: 'edge-a.contoso.com' });
    const c = b.pool(b.site('Chicago'), 'edge', { servers: 2, fqdn: 'edge-c.contoso.com' });
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [a, c] })]);
    expect(findingsOf(b)[0]?.message).toMatch(/^2 Edge pools \(edge-a\.contoso\.com, edge-c\.contoso\.com\) give /);
    for (const name of ['Denver', 'Eugene']) b.pool(b.site(name), 'edge', { servers: 2 });
    expect(findingsOf(b)[0]?.message).toMatch(
      /^4 Edge pools \(edge-a\.contoso\.com, edge-c\.contoso\.com, edge\d+\.contoso\.com, and 1 more\) give /,
    );
  });

  it('is quiet with a reverse proxy in the design, or with no Edge pool', () => {
    const withProxy = new DesignBuilder();
    const site = withProxy.site('Dallas');
    withProxy.pool(site, 'edge', { servers: 2 });
    withProxy.pool(site, 'reverseProxy', { servers: 1 });
    expect(findingsOf(withProxy)).toEqual([]);
    const inside = new DesignBuilder();
    inside.wellFormedFrontEnd(inside.site('Dallas'), 3);
    expect(findingsOf(inside)).toEqual([]);
  });
});
