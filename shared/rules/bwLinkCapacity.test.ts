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
  const result = validate(b.design);
  return { link, result, findings: result.findings.filter((f) => f.rule === 'BW-LINK-CAPACITY') };
}

describe('BW-LINK-CAPACITY', () => {
  it('6,200 kbps each way on a 5,000 kbps link is an error', () => {
    const { link, result, findings } = branchLink(5_000);
    expect(result.figures.links.get(link)?.demandKbps).toBe(6_200);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', subjects: [link], value: 6_200, limit: 5_000 }),
    ]);
    expect(findings[0]!.message).toBe(
      'Busy-hour media on the link Branch – Central needs 6,200 kbps each way; the link carries 5,000 kbps. Add capacity or lower the traffic.',
    );
  });

  it('the same demand on a 7,000 kbps link fits', () => {
    expect(branchLink(7_000).findings).toEqual([]);
  });

  it('advises breaking out at the branch only when PSTN calls cross the link', () => {
    // 800 Oslo users homed on Redmond, the PSTN gateway at Redmond: 40 conferences x 100.6 + 48 PSTN calls x 97.
    const b = new DesignBuilder('Fabrikam');
    const redmond = b.site('Redmond');
    const pool = b.frontEnd(redmond, 4);
    b.associate('pstnGateway', pool, b.pool(redmond, 'pstnGateway', { servers: 1 }));
    const oslo = b.site('Oslo', 'branch', redmond);
    const link = b.link(redmond, oslo, 2_048);
    b.users(oslo, pool, 800);
    const result = validate(b.design);
    expect(result.figures.links.get(link)).toMatchObject({ demandKbps: 8_680, pstnStreams: 48 });
    expect(result.findings.find((f) => f.rule === 'BW-LINK-CAPACITY')?.message).toBe(
      'Busy-hour media on the link Redmond – Oslo needs 8,680 kbps each way; the link carries 2,048 kbps. Add capacity, lower the traffic, or break out the 48 PSTN calls at the branch (a gateway with media bypass, or an SBA).',
    );
  });
});
