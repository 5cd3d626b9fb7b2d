import { describe, expect, it } from 'vitest';
import type { Pool } from '../model/pool';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const RULE = 'MIG-ARCH-MON-VERSION-MATCH';
const findingsOf = (b: DesignBuilder) => validate(b.design).findings.filter((f) => f.rule === RULE);
const v2010 = { version: 2010 } as Partial<Pool>;

describe(RULE, () => {
  it('a 2010 Monitoring Server serves a 2010 pool, not a 2013 one', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const fe2010 = b.pool(dallas, 'frontEnd', { fqdn: 'pool2010.contoso.com', extra: v2010 });
    const mon = b.pool(dallas, 'monitoring', { fqdn: 'mon2010.contoso.com', extra: v2010 });
    b.associate('monitoring', fe2010, mon);
    expect(findingsOf(b)).toEqual([]);
    const fe2013 = b.pool(dallas, 'frontEnd', { fqdn: 'pool2013.contoso.com' });
    b.associate('monitoring', fe2013, mon);
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: [fe2013, mon],
        message:
          'Front End pool pool2013.contoso.com (Lync Server 2013) is associated with Monitoring Server mon2010.contoso.com (Lync Server 2010); a Lync Server 2010 Monitoring Server serves Lync Server 2010 pools only, and a 2013 pool keeps its monitoring database on a Back End SQL store.',
      }),
    ]);
  });

  it('an Archiving Server that is not Lync Server 2010 is an error', () => {
    const b = new DesignBuilder();
    const arch = b.pool(b.site('Dallas'), 'archiving', { fqdn: 'arch.contoso.com' });
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: [arch],
        message:
          "Archiving Server arch.contoso.com is marked Lync Server 2013, but Archiving and Monitoring Servers exist only in Lync Server 2010; set its version to 2010, or for 2013 associate the Front End pool's archiving with a Back End SQL store instead.",
      }),
    ]);
  });
});
