import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TB-SBA-BACKUP-REGISTRAR');

describe('TB-SBA-BACKUP-REGISTRAR', () => {
  it('none, the wrong central site, or another version', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const paris = b.site('Paris');
    const austin = b.site('Austin', 'branch', dallas);
    const lone = b.pool(austin, 'sba', { servers: 1 });
    const wrongSite = b.pool(austin, 'sba', { servers: 1 });
    b.associate('registrar', wrongSite, b.frontEnd(paris, 3));
    const oldSbs = b.pool(austin, 'sbs', { servers: 1, extra: { version: 2010 } as never });
    b.associate('registrar', oldSbs, b.frontEnd(dallas, 3));
    expect(findingsOf(b).map((f) => [f.subjects[0], f.message])).toEqual(
      expect.arrayContaining([
        [lone, expect.stringContaining('has no backup registrar')],
        [wrongSite, expect.stringContaining('in its own central site (Dallas)')],
        [oldSbs, expect.stringContaining('must be of the same version')],
      ]),
    );
    expect(findingsOf(b)).toHaveLength(3);
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
