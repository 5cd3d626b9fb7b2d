import { describe, expect, it } from 'vitest';
import { cacLinkFindings } from '../testing/ruleScenarios';

describe('BW-CAC-LIMITS-EXCEED-LINK (examples.md NET-14)', () => {
  it('Portland (5,000 link, 4,000 + 2,800) is flagged; Albuquerque and Reno pass', () => {
    expect(cacLinkFindings(5_000, { audio: 4_000, audioSession: 175, video: 2_800, videoSession: 700 })).toEqual([
      { rule: 'BW-CAC-LIMITS-EXCEED-LINK', severity: 'error', value: 6_800, limit: 5_000 },
    ]);
    expect(cacLinkFindings(5_000, { audio: 2_000, audioSession: 175, video: 1_400, videoSession: 700 })).toEqual([]);
    expect(cacLinkFindings(10_000, { audio: 4_000, audioSession: 175, video: 2_800, videoSession: 700 })).toEqual([]);
  });
});
