import { describe, expect, it } from 'vitest';
import { cacLinkFindings } from '../testing/ruleScenarios';

describe('BW-CAC-AUDIO-SESSION-MIN (examples.md NET-15)', () => {
  it('NET-15a: an audio session limit of 30 is an error (< 40)', () => {
    expect(cacLinkFindings(10_000, { audio: 2_000, audioSession: 30, video: 1_400, videoSession: 700 })).toEqual([
      { rule: 'BW-CAC-AUDIO-SESSION-MIN', severity: 'error', value: 30, limit: 40 },
    ]);
  });

  it('an audio session limit of 40 passes', () => {
    expect(cacLinkFindings(10_000, { audio: 2_000, audioSession: 40, video: 1_400, videoSession: 700 })).toEqual([]);
  });
});
