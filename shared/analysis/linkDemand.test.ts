import { describe, expect, it } from 'vitest';
import { MEDIA_PAGE_AUDIO, RTCP } from '../catalog/codecs';
import type { BandwidthSettings, Traffic } from '../model/settings';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { validate } from '../validate';

/** A central site with a Front End pool and one branch joined by one link; `count` branch users homed centrally. */
function branchScenario(count: number, traffic: Traffic, capacityKbps: number, bandwidth: BandwidthSettings = {}) {
  const b = new DesignBuilder('Branch scenario', { bandwidth, traffic: { ...NO_TRAFFIC, ...traffic } });
  const central = b.site('Dallas');
  const branch = b.site('Austin', 'branch', central);
  const pool = b.frontEnd(central, 3);
  // The central site's gateway: PSTN calls break out through the collocated Mediation there (NET-08).
  b.associate('pstnGateway', pool, b.pool(central, 'pstnGateway', { servers: 1 }));
  const link = b.link(branch, central, capacityKbps);
  b.users(branch, pool, count);
  return { b, central, branch, pool, link };
}

function linkResult(scenario: ReturnType<typeof branchScenario>) {
  const result = validate(scenario.b.design);
  return {
    figures: result.figures.links.get(scenario.link)!,
    rules: result.findings.filter((f) => f.subjects.includes(scenario.link)).map((f) => `${f.rule}:${f.severity}`),
    findings: result.findings,
  };
}

describe('link demand (examples.md, bandwidth)', () => {
  it('NET-01: the RTAudio WB planning value is the raw 57.0 kbps plus 5 kbps RTCP', () => {
    expect(MEDIA_PAGE_AUDIO.RTAudioWB.noFecTenths).toBe((57.0 + RTCP.audio.value) * 10);
    expect(MEDIA_PAGE_AUDIO.RTAudioWB.noFecTenths / 10).toBe(62.0);
  });

  it('NET-02: 100 users, 10% P2P audio on 1,024 kbps -> 620 kbps, OK vs capacity, warning vs 307.2', () => {
    const { figures, rules } = linkResult(branchScenario(100, { p2pAudioPercent: 10 }, 1_024));
    expect(figures).toMatchObject({ demandKbps: 620, capacityKbps: 1_024, rtcAllowanceKbps: 307.2, audioStreams: 10 });
    expect(figures.utilizationPercent).toBe(60.5);
    expect(rules).toEqual(['BW-LINK-RTC-SHARE:warning']);
  });

  it('NET-05: the simple rule gives 65 kbps per audio stream: 650 kbps each way', () => {
    const { figures } = linkResult(branchScenario(100, { p2pAudioPercent: 10 }, 10_000, { method: 'simple' }));
    expect(figures.demandKbps).toBe(650);
  });

  it('NET-07: 5 P2P video calls at 640x360 with RTAudio WB -> 4,360 kbps each way', () => {
    const { figures } = linkResult(branchScenario(100, { p2pAudioPercent: 5, p2pVideoPercent: 5 }, 10_000));
    expect(figures).toMatchObject({ demandKbps: 4_360, audioStreams: 5, videoStreams: 5 });
  });

  it.each([
    ['balanced (G.711)', { pstnAudioCodec: 'G711' }, 970],
    ['quantity (RTAudio NB)', { pstnAudioCodec: 'RTAudioNB' }, 448],
    ['quality (G.711 with FEC)', { pstnAudioCodec: 'G711', fec: true }, 1_610],
  ] as const)('NET-08: 200 users, 5%% PSTN via the central site, %s -> %d kbps', (_mode, bandwidth, expected) => {
    const { figures } = linkResult(branchScenario(200, { pstnPercent: 5 }, 100_000, bandwidth));
    expect(figures.demandKbps).toBe(expected);
  });

  it('NET-10: 20 branch users in G.722 conferences -> 2,012 kbps, 3,292 with FEC', () => {
    expect(linkResult(branchScenario(20, { conferencePercent: 100 }, 100_000)).figures.demandKbps).toBe(2_012);
    expect(linkResult(branchScenario(20, { conferencePercent: 100 }, 100_000, { fec: true })).figures.demandKbps).toBe(
      3_292,
    );
  });

  it('NET-12: the Albuquerque CAC policy admits 11 audio and 2 video sessions each way', () => {
    const scenario = branchScenario(0, {}, 5_000);
    scenario.b.design.links[0]!.cac = {
      audioLimitKbps: 2_000,
      audioSessionLimitKbps: 175,
      videoLimitKbps: 1_400,
      videoSessionLimitKbps: 700,
    };
    expect(linkResult(scenario).figures).toMatchObject({ audioSessionsAdmitted: 11, videoSessionsAdmitted: 2 });
  });

  it('NET-19: on 2,048 kbps the allowance is 614.4: 10 calls (620) warn, 9 calls (558) pass', () => {
    const ten = linkResult(branchScenario(100, { p2pAudioPercent: 10 }, 2_048));
    expect(ten.figures).toMatchObject({ demandKbps: 620, rtcAllowanceKbps: 614.4 });
    expect(ten.rules).toEqual(['BW-LINK-RTC-SHARE:warning']);
    const warning = ten.findings.find((f) => f.rule === 'BW-LINK-RTC-SHARE')!;
    expect(warning).toMatchObject({ value: 620, limit: 614.4 });
    const nine = linkResult(branchScenario(90, { p2pAudioPercent: 10 }, 2_048));
    expect(nine.figures.demandKbps).toBe(558);
    expect(nine.rules).toEqual([]);
  });

  it('demand above capacity is an error (and above the real-time share too)', () => {
    const { figures, rules } = linkResult(branchScenario(2_000, {}, 1_024, {}));
    expect(figures.demandKbps).toBe(0);
    expect(rules).toEqual([]);
    const busy = linkResult(branchScenario(2_000, { conferencePercent: 5 }, 1_024));
    expect(busy.figures.demandKbps).toBe(10_060);
    expect(busy.rules).toEqual(['BW-LINK-CAPACITY:error', 'BW-LINK-RTC-SHARE:warning']);
    expect(busy.findings[0]!.message).toBe(
      'Busy-hour media on the link Austin – Dallas needs 10,060 kbps each way; the link carries 1,024 kbps. Add capacity or lower the traffic.',
    );
  });
});

describe('which link carries which traffic (format.md)', () => {
  it('uses the default traffic model: 5% conferences and 6% PSTN for a branch group', () => {
    const b = new DesignBuilder();
    const central = b.site('Central');
    const branch = b.site('Branch', 'branch', central);
    const pool = b.frontEnd(central, 3);
    b.pool(central, 'pstnGateway', { servers: 1 });
    const link = b.link(branch, central, 100_000);
    b.users(branch, pool, 100);
    // 5 conference sessions x 100.6 + 6 PSTN sessions x 97 = 503 + 582
    expect(validate(b.design).figures.links.get(link)?.demandKbps).toBe(1_085);
  });

  describe('where PSTN calls break out (catalog/pstnRouting.ts)', () => {
    /** Oslo: 800 users on a 2,048 kbps link to Redmond, homed on `home`. */
    function oslo(
      home: 'sba' | 'sbs' | 'frontEnd',
      extra: { gatewayAtOslo?: boolean; gatewayAtRedmond?: boolean } = {},
    ) {
      const b = new DesignBuilder('Fabrikam');
      const redmond = b.site('Redmond');
      const branch = b.site('Oslo', 'branch', redmond);
      const fe = b.frontEnd(redmond, 4);
      if (extra.gatewayAtRedmond) b.pool(redmond, 'pstnGateway', { servers: 1 });
      if (extra.gatewayAtOslo) b.pool(branch, 'pstnGateway', { servers: 1 });
      const homePool = home === 'frontEnd' ? fe : b.pool(branch, home, { servers: 1 });
      if (home !== 'frontEnd') b.associate('registrar', homePool, fe);
      const link = b.link(redmond, branch, 2_048);
      b.users(branch, homePool, 800);
      const result = validate(b.design);
      return { demand: result.figures.links.get(link)!.demandKbps, calls: result.findings, fe, result };
    }

    it('a branch homed on its SBA breaks out at the SBA: conference media only on the WAN', () => {
      // 40 conference sessions x 100.6 = 4,024 kbps; the 48 PSTN calls (4,656 kbps) stay at Oslo.
      expect(oslo('sba').demand).toBe(4_024);
      expect(oslo('sba', { gatewayAtRedmond: true }).demand).toBe(4_024);
    });

    it('a branch homed on its SBS breaks out locally only with a gateway at the branch', () => {
      expect(oslo('sbs', { gatewayAtOslo: true }).demand).toBe(4_024);
      expect(oslo('sbs').demand).toBe(4_024 + 4_656);
    });

    it('a branch homed on the central pool sends its PSTN calls to the central gateway', () => {
      expect(oslo('frontEnd', { gatewayAtRedmond: true }).demand).toBe(8_680);
    });

    it('counts no PSTN call where the design has no gateway, SBA or SBS', () => {
      const { demand, result, fe } = oslo('frontEnd');
      expect(demand).toBe(4_024);
      expect(result.findings.filter((f) => f.rule.startsWith('CAP-MED'))).toEqual([]);
      expect(result.figures.pools.get(fe)?.users).toBe(800);
    });
  });

  it('keeps PSTN media off the WAN when the branch has a gateway with media bypass', () => {
    const scenario = branchScenario(200, { pstnPercent: 5 }, 100_000);
    scenario.b.pool(scenario.branch, 'pstnGateway', { extra: { mediaBypass: true } });
    expect(linkResult(scenario).figures.demandKbps).toBe(0);
  });

  it('loads every link of a multi-hop route, and none off the route', () => {
    const b = new DesignBuilder('Hops', { traffic: { ...NO_TRAFFIC, conferencePercent: 10 } });
    const central = b.site('Central');
    const hub = b.site('Hub', 'branch', central);
    const leaf = b.site('Leaf', 'branch', central);
    const other = b.site('Other', 'branch', central);
    const pool = b.frontEnd(central, 3);
    const first = b.link(leaf, hub, 10_000);
    const second = b.link(hub, central, 10_000);
    const unused = b.link(other, central, 10_000);
    b.users(leaf, pool, 100);
    const links = validate(b.design).figures.links;
    expect(links.get(first)?.demandKbps).toBe(1_006);
    expect(links.get(second)?.demandKbps).toBe(1_006);
    expect(links.get(unused)?.demandKbps).toBe(0);
  });

  it('sends the conferences of SBA users to the SBA registrar pool across the WAN', () => {
    const b = new DesignBuilder('SBA', { traffic: { ...NO_TRAFFIC, conferencePercent: 100 } });
    const central = b.site('Central');
    const branch = b.site('Branch', 'branch', central);
    const pool = b.frontEnd(central, 3);
    const sba = b.pool(branch, 'sba', { servers: 1 });
    b.associate('registrar', sba, pool);
    const link = b.link(branch, central, 100_000);
    b.users(branch, sba, 20);
    expect(validate(b.design).figures.links.get(link)?.demandKbps).toBe(2_012);
  });
});
