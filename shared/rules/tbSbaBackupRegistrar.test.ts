import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TB-SBA-BACKUP-REGISTRAR');

describe('TB-SBA-BACKUP-REGISTRAR', () => {
  it('none, the wrong central site, or a 2013 SBS under a 2010 pool', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const paris = b.site('Paris');
    const austin = b.site('Austin', 'branch', dallas);
    const lone = b.pool(austin, 'sba', { servers: 1 });
    const wrongSite = b.pool(austin, 'sba', { servers: 1 });
    b.associate('registrar', wrongSite, b.frontEnd(paris, 3));
    const newSbs = b.pool(austin, 'sbs', { servers: 1 });
    b.associate('registrar', newSbs, b.pool(dallas, 'frontEnd', { servers: 3, extra: { version: 2010 } as never }));
    expect(findingsOf(b).map((f) => [f.subjects[0], f.message])).toEqual(
      expect.arrayContaining([
        [lone, expect.stringContaining('has no backup registrar')],
        [wrongSite, expect.stringContaining('in its own central site (Dallas)')],
        [newSbs, expect.stringContaining('a 2013 SBA or SBS needs a 2013 Front End pool as its backup registrar')],
      ]),
    );
    expect(findingsOf(b)).toHaveLength(3);
  });

  it('a 2010 SBA re-homed under a 2013 pool passes (connect-a-survivable-branch-appliance.md)', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const sba = b.pool(b.site('Austin', 'branch', dallas), 'sba', { servers: 1, extra: { version: 2010 } as never });
    b.associate('registrar', sba, b.frontEnd(dallas, 3));
    expect(findingsOf(b)).toEqual([]);
  });

  it('two backup registrars are an error; one pool of its central site of its version passes', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const austin = b.site('Austin', 'branch', dallas);
    const sba = b.pool(austin, 'sba', { servers: 1 });
    b.associate('registrar', sba, b.frontEnd(dallas, 3));
    expect(findingsOf(b)).toEqual([]);
    b.associate('registrar', sba, b.frontEnd(dallas, 3));
    expect(findingsOf(b)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [sba], value: 2, limit: 1 }),
    ]);
  });
});
