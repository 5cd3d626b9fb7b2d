import { describe, expect, it } from 'vitest';
import { cacLinkFindings } from '../testing/ruleScenarios';

describe('BW-CAC-SESSION-BELOW-CODEC (examples.md NET-15)', () => {
  it('NET-15c: an audio session limit of 60 with G.722 conferencing is a warning (G.722 needs 100.6)', () => {
    expect(
      cacLinkFindings(
        10_000,
        { audio: 2_000, audioSession: 60, video: 1_400, videoSession: 700 },
        { conferenceAudioCodec: 'G722' },
        { conferencePercent: 5 },
      ),
    ).toEqual([{ rule: 'BW-CAC-SESSION-BELOW-CODEC', severity: 'warning', value: 60, limit: 100.6 }]);
  });

  it('NET-15d: an audio session limit of 60 with RTAudio NB is fine (44.8)', () => {
    expect(
      cacLinkFindings(
        10_000,
        { audio: 2_000, audioSession: 60, video: 1_400, videoSession: 700 },
        { p2pAudioCodec: 'RTAudioNB' },
        { p2pAudioPercent: 10 },
      ),
    ).toEqual([]);
  });
});
