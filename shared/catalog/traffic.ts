import type { ResolvedBandwidthSettings, ResolvedTraffic } from '../model/settings';
import { SOURCES } from './sources';

/** format.md's bandwidth defaults; `rtcSharePercent` is NETWORK.rtcSharePercent. */
export const DEFAULT_BANDWIDTH_SETTINGS: ResolvedBandwidthSettings = {
  method: 'codec',
  fec: false,
  codecTable: 'media',
  p2pAudioCodec: 'RTAudioWB',
  conferenceAudioCodec: 'G722',
  pstnAudioCodec: 'G711',
  videoResolution: '640x360',
  rtcSharePercent: 30,
};

/** format.md's busy-hour concurrency defaults, each with its derivation. */
export const DEFAULT_TRAFFIC: ResolvedTraffic = {
  p2pAudioPercent: 0,
  p2pVideoPercent: 0,
  conferencePercent: 5,
  conferenceVideoPercent: 0,
  pstnPercent: 6,
};

export const TRAFFIC_DERIVATIONS: Record<keyof ResolvedTraffic, { text: string; source: string }> = {
  p2pAudioPercent: {
    text: 'The user model gives no share of calls to other sites; 0 until the planner enters one.',
    source: SOURCES.userModels,
  },
  p2pVideoPercent: {
    text: 'A part of the peer-to-peer calls; 0 until the planner enters one.',
    source: SOURCES.userModels,
  },
  conferencePercent: {
    text: '5% of a pool\'s users are in conferences at once ("80,000 users -> 4,000").',
    source: SOURCES.userModels,
  },
  conferenceVideoPercent: {
    text: 'The user model puts video in 20% of web conferences but gives no concurrency; 0 until the planner enters one.',
    source: SOURCES.userModels,
  },
  pstnPercent: {
    text: '50% Enterprise Voice x 60% PSTN-enabled x 4 calls x 3 min in the busy hour / 60 min = 6%.',
    source: SOURCES.userModels,
  },
};
