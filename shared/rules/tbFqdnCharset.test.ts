import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === 'TB-FQDN-CHARSET');

describe('TB-FQDN-CHARSET', () => {
  it('an underscore or a single label is an error; plain names pass', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    const underscore = b.pool(site, 'edge', { servers: 0, fqdn: 'edge_01.contoso.com' });
    const single = b.pool(site, 'director', { servers: 0, fqdn: 'director' });
    b.pool(site, 'mediation', { servers: 0, fqdn: 'med-01.contoso.com' });
    expect(findingsOf(b).map((f) => f.message)).toEqual([
      'edge_01.contoso.com: An FQDN cannot contain "_" (use letters, digits and hyphens).',
      'director: Enter a fully qualified name with a domain, such as fe01.contoso.com.',
    ]);
    expect(findingsOf(b).map((f) => [f.severity, f.subjects])).toEqual([
      ['error', [underscore]],
      ['error', [single]],
    ]);
  });
});
