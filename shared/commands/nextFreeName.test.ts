import { describe, expect, it } from 'vitest';
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

  it("numbers a role's prefix from 01 in the domain most of the design uses", () => {
    const { design } = estate(['sip.fabrikam.net', 'web.contoso.com']);
    expect(dominantDomain(design)).toBe('fabrikam.net');
    expect(nextServerFqdn(design, 'edge')).toBe('edge01.fabrikam.net');
    expect(nextPoolFqdn(design, 'frontEnd')).toBe('pool02.fabrikam.net');
    expect(nextPoolFqdn(design, 'frontEnd', 'standard')).toBe('se01.fabrikam.net');
    expect(nextPoolFqdn(design, 'backEnd')).toBe('sqlpool01.fabrikam.net');
  });

  it('numbers after the highest number of the prefix in any domain and any case, keeping longer numbers whole', () => {
    expect(nextServerFqdn(estate(['fe01.fabrikam.net', 'FE03.fabrikam.net']).design, 'frontEnd')).toBe(
      'fe04.fabrikam.net',
    );
    expect(nextServerFqdn(estate(['fe09.fabrikam.net', 'fe11.contoso.com']).design, 'frontEnd')).toBe(
      'fe12.fabrikam.net',
    );
    expect(nextServerFqdn(estate(['fe099.fabrikam.net']).design, 'frontEnd')).toBe('fe100.fabrikam.net');
  });

  it('starts at contoso.com in a design without FQDNs', () => {
    expect(nextPoolFqdn(new DesignBuilder().design, 'edge')).toBe('edgepool01.contoso.com');
  });
});
