import { type Figure, SOURCES } from './sources';

/** Bandwidth policy profile limits (network.md 3.1). */
export const CAC = {
  minAudioSessionKbps: {
    value: 40,
    unit: 'kbps, smallest audio session limit',
    source: SOURCES.bandwidthPolicyProfiles,
  },
  minVideoSessionKbps: {
    value: 100,
    unit: 'kbps, smallest video session limit',
    source: SOURCES.bandwidthPolicyProfiles,
  },
  defaultAudioSessionKbps: { value: 175, unit: 'kbps per audio session', source: SOURCES.cacExample },
  defaultVideoSessionKbps: { value: 700, unit: 'kbps per video session', source: SOURCES.cacExample },
} as const satisfies Record<string, Figure>;
