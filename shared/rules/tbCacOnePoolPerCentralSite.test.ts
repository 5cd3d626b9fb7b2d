import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../testing/designBuilder';
import { validate } from '../validate';

const findingsOf = (b: DesignBuilder) =>
  validate(b.design).findings.filter((f) => f.rule === 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE');

describe('TB-CAC-ONE-POOL-PER-CENTRAL-SITE', () => {
  it('a policy on a link needs one CAC pool in the central site, and two are too many', () => {
    const b = new DesignBuilder();
    const dallas = b.site('Dallas');
    const pool = b.frontEnd(dallas, 3);
    b.link(b.site('Austin', 'branch', dallas), dallas, 2_048, {
      cac: { audioLimitKbps: 800, audioSessionLimitKbps: 175, videoLimitKbps: 500, videoSessionLimitKbps: 700 },
    });
    expect(findingsOf(b)).toEqual([expect.objectContaining({ subjects: [dallas], value: 0, limit: 1 })]);
    // It names the setting as the Front End pool's inspector shows it.
    expect(findingsOf(b)[0]?.message).toBe(
      'Links of Dallas have bandwidth policies, but no pool in Dallas runs call admission control; tick "Runs call admission control for its central site" on one Front End pool there.',
    );
    (b.design.pools.find((p) => p.id === pool) as { callAdmissionControl?: boolean }).callAdmissionControl = true;
    expect(findingsOf(b)).toEqual([]);
    const second = b.frontEnd(dallas, 3);
    (b.design.pools.find((p) => p.id === second) as { callAdmissionControl?: boolean }).callAdmissionControl = true;
    expect(findingsOf(b)).toEqual([expect.objectContaining({ value: 2, limit: 1 })]);
  });
});
