import { describe, expect, it } from 'vitest';
import type { BandwidthSettings, Traffic } from '../model/settings';
import { DesignBuilder, NO_TRAFFIC } from '../testing/designBuilder';
import { validate } from '../validate';

function link(
  capacityKbps: number,
  cac: { audio: number; audioSession: number; video: number; videoSession: number },
  bandwidth: BandwidthSettings = {},
  traffic: Traffic = {},
) {
  const b = new DesignBuilder('CAC', { bandwidth, traffic: { ...NO_TRAFFIC, ...traffic } });
  const central = b.site('Central');
  const branch = b.site('Branch', 'branch', central);
  b.frontEnd(central, 3);
  const id = b.link(branch, central, capacityKbps, {
    cac: {
      audioLimitKbps: cac.audio,
      audioSessionLimitKbps: cac.audioSession,
      videoLimitKbps: cac.video,
      videoSessionLimitKbps: cac.videoSession,
    },
  });
  return validate(b.design)
    .findings.filter((f) => f.subjects.includes(id))
    .map((f) => ({ rule: f.rule, severity: f.severity, value: f.value, limit: f.limit }));
}

describe('bandwidth policy rules (examples.md NET-14, NET-15)', () => {
  it('NET-14: Portland (5,000 link, 4,000 + 2,800) is flagged; Albuquerque and Reno pass', () => {
    expect(link(5_000, { audio: 4_000, audioSession: 175, video: 2_800, videoSession: 700 })).toEqual([
      { rule: 'BW-CAC-LIMITS-EXCEED-LINK', severity: 'error', value: 6_800, limit: 5_000 },
    ]);
    expect(link(5_000, { audio: 2_000, audioSession: 175, video: 1_400, videoSession: 700 })).toEqual([]);
    expect(link(10_000, { audio: 4_000, audioSession: 175, video: 2_800, videoSession: 700 })).toEqual([]);
  });

  it('NET-15a: an audio session limit of 30 is an error (< 40)', () => {
    expect(link(10_000, { audio: 2_000, audioSession: 30, video: 1_400, videoSession: 700 })).toEqual([
      { rule: 'BW-CAC-AUDIO-SESSION-MIN', severity: 'error', value: 30, limit: 40 },
    ]);
  });

  it('NET-15b: a video session limit of 90 is an error (< 100)', () => {
    expect(link(10_000, { audio: 2_000, audioSession: 175, video: 1_400, videoSession: 90 })).toEqual([
      { rule: 'BW-CAC-VIDEO-SESSION-MIN', severity: 'error', value: 90, limit: 100 },
    ]);
  });

  it('NET-15c: an audio session limit of 60 with G.722 conferencing is a warning (G.722 needs 100.6)', () => {
    expect(
      link(
        10_000,
        { audio: 2_000, audioSession: 60, video: 1_400, videoSession: 700 },
        { conferenceAudioCodec: 'G722' },
        { conferencePercent: 5 },
      ),
    ).toEqual([{ rule: 'BW-CAC-SESSION-BELOW-CODEC', severity: 'warning', value: 60, limit: 100.6 }]);
  });

  it('NET-15d: an audio session limit of 60 with RTAudio NB is fine (44.8)', () => {
    expect(
      link(
        10_000,
        { audio: 2_000, audioSession: 60, video: 1_400, videoSession: 700 },
        { p2pAudioCodec: 'RTAudioNB' },
        { p2pAudioPercent: 10 },
      ),
    ).toEqual([]);
  });
});

describe('BW-LATENCY', () => {
  it('warns above 150 ms and passes at 150', () => {
    const b = new DesignBuilder();
    const central = b.site('Central');
    b.frontEnd(central, 3);
    const slow = b.link(b.site('Far', 'branch', central), central, 2_048, { latencyMs: 180 });
    const ok = b.link(b.site('Near', 'branch', central), central, 2_048, { latencyMs: 150 });
    const findings = validate(b.design).findings.filter((f) => f.rule === 'BW-LATENCY');
    expect(findings).toEqual([expect.objectContaining({ subjects: [slow], value: 180, limit: 150 })]);
    expect(findings.some((f) => f.subjects.includes(ok))).toBe(false);
  });
});
