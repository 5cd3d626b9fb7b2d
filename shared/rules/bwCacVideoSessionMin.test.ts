import { describe, expect, it } from 'vitest';
import { cacLinkFindings } from '../testing/ruleScenarios';

describe('BW-CAC-VIDEO-SESSION-MIN (examples.md NET-15)', () => {
  it('NET-15b: a video session limit of 90 is an error (< 100)', () => {
    expect(cacLinkFindings(10_000, { audio: 2_000, audioSession: 175, video: 1_400, videoSession: 90 })).toEqual([
      { rule: 'BW-CAC-VIDEO-SESSION-MIN', severity: 'error', value: 90, limit: 100 },
    ]);
  });

  it('a video session limit of 100 passes', () => {
    expect(cacLinkFindings(10_000, { audio: 2_000, audioSession: 175, video: 1_400, videoSession: 100 })).toEqual([]);
  });
});
