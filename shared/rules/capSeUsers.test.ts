import { describe, expect, it } from 'vitest';
import { SOURCES } from '../catalog/sources';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

function standardEdition(users: number, version: 2013 | 2010 = 2013) {
  const b = new DesignBuilder();
  const site = b.site('Central');
  const se = b.pool(site, 'frontEnd', { edition: 'standard', servers: 1, fqdn: 'se01.contoso.com' });
  if (version === 2010) b.legacy(se);
  b.users(site, se, users);
  return { se, findings: validate(b.design).findings.filter((f) => f.rule === 'CAP-SE-USERS') };
}

describe('CAP-SE-USERS', () => {
  it('CAP-07: 6,000 users on one Standard Edition server is an error (5,000) and a warning (2,500)', () => {
    const { se, findings } = standardEdition(6_000);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [se], value: 6_000, limit: 5_000 }),
      expect.objectContaining({ severity: 'warning', subjects: [se], value: 6_000, limit: 2_500 }),
    ]);
    expect(findings[0]!.message).toContain('Standard Edition server se01.contoso.com homes 6,000 users');
  });

  it('warns between 2,500 and 5,000', () => {
    expect(standardEdition(3_000).findings).toEqual([expect.objectContaining({ severity: 'warning', limit: 2_500 })]);
  });

  it('passes at 2,500 and at 5,000 has only the warning', () => {
    expect(standardEdition(2_500).findings).toEqual([]);
    expect(standardEdition(5_000).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is not applied to Enterprise pools, which CAP-FE-* rules cover', () => {
    const b = new DesignBuilder();
    const site = b.site('Central');
    b.users(site, b.frontEnd(site, 2), 6_000);
    expect(validate(b.design).findings.filter((f) => f.rule === 'CAP-SE-USERS')).toEqual([]);
  });
});

describe('CAP-SE-USERS on a Lync Server 2010 Standard Edition server: 5,000 users at most', () => {
  it('4,000 users pass: the 2,500 recommendation is a 2013 figure', () => {
    expect(standardEdition(4_000).findings).toHaveLength(1);
    expect(standardEdition(4_000, 2010).findings).toEqual([]);
  });

  it('6,000 users are one error, against the 2010 page', () => {
    const { se, findings } = standardEdition(6_000, 2010);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: [se],
        value: 6_000,
        limit: 5_000,
        source: SOURCES.lync2010CapacityUserModels,
      }),
    ]);
    expect(findings[0]!.message).toBe(
      'Standard Edition server se01.contoso.com homes 6,000 users; a Lync Server 2010 Standard Edition server supports at most 5,000. Move users to another pool.',
    );
  });
});
