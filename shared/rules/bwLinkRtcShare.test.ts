import { describe, expect, it } from 'vitest';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { validate } from '../validate';

/** 1,000 branch users homed on the central pool, 10% in peer-to-peer audio: 100 streams of 62 kbps each way. */
function branchLink(capacityKbps: number) {
  const b = new DesignBuilder('Links', { traffic: { ...NO_TRAFFIC, p2pAudioPercent: 10 } });
  const central = b.site('Central');
  const pool = b.frontEnd(central, 3);
  const branch = b.site('Branch', 'branch', central);
  const link = b.link(branch, central, capacityKbps);
  b.users(branch, pool, 1_000);
  return { link, findings: validate(b.design).findings.filter((f) => f.rule === 'BW-LINK-RTC-SHARE') };
}

describe('BW-LINK-RTC-SHARE', () => {
  it('6,200 kbps each way is above the 30% real-time share of a 20,000 kbps link (6,000)', () => {
    const { link, findings } = branchLink(20_000);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', subjects: [link], value: 6_200, limit: 6_000 }),
    ]);
    expect(findings[0]!.message).toBe(
      'Busy-hour media on the link Branch – Central needs 6,200 kbps each way, above the 30% real-time share of its 20,000 kbps (6,000 kbps).',
    );
  });

  it('a 25,000 kbps link has room for it (7,500)', () => {
    expect(branchLink(25_000).findings).toEqual([]);
  });
});
