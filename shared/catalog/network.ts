import { type Figure, SOURCES } from './sources';

export const NETWORK = {
  /** The share of a WAN link allocated to real-time traffic; the Bandwidth Calculator's red-flag default. */
  rtcSharePercent: { value: 30, unit: '% of link capacity', source: SOURCES.igniteRtcShare },
  maxLatencyMs: { value: 150, unit: 'ms end to end', source: SOURCES.networkInfrastructure },
} as const satisfies Record<string, Figure>;
