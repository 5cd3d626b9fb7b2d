import type { AudioCodec, VideoResolution } from '../model/settings';
import { type Figure, SOURCES } from './sources';

/**
 * Per-stream, one-way planning values in tenths of a kbps, so that sums of sessions stay exact
 * (10 x 62.0 is 620 exactly, 20 x 100.6 is 2,012 exactly).
 */
export interface AudioCodecBandwidth {
  label: string;
  /** "Max without FEC": stream 100% active, including 5 kbps RTCP (media page) or 10 kbps (CAC page). */
  noFecTenths: number;
  /** "Max with FEC": the redundant copy sent when the link shows loss. */
  fecTenths: number;
  source: string;
  derivation?: string;
}

/**
 * The media-traffic page's capacity-planning values (network.md 1.3): the default table.
 * G.722 Stereo has no planning row there; its value is the raw table's +IP/UDP/RTP/SRTP column plus the
 * page's 5 kbps audio RTCP, the same derivation every other row follows (network.md 1.3 consistency check).
 */
export const MEDIA_PAGE_AUDIO: Record<AudioCodec, AudioCodecBandwidth> = {
  RTAudioWB: { label: 'RTAudio Wideband', noFecTenths: 620, fecTenths: 910, source: SOURCES.mediaBandwidth },
  RTAudioNB: { label: 'RTAudio Narrowband', noFecTenths: 448, fecTenths: 566, source: SOURCES.mediaBandwidth },
  G722: { label: 'G.722', noFecTenths: 1006, fecTenths: 1646, source: SOURCES.mediaBandwidth },
  G722Stereo: {
    label: 'G.722 Stereo',
    noFecTenths: 1646,
    fecTenths: 2286,
    source: SOURCES.mediaBandwidth,
    derivation: 'raw table 159.6 / 223.6 kbps + 5 kbps RTCP',
  },
  G711: { label: 'G.711', noFecTenths: 970, fecTenths: 1610, source: SOURCES.mediaBandwidth },
  Siren: { label: 'Siren', noFecTenths: 526, fecTenths: 686, source: SOURCES.mediaBandwidth },
};

/**
 * The call-admission-control page's conservative table (network.md 1.5): every audio value is the media
 * page's + 5 kbps because it counts RTCP at 10 kbps. It has no G.722 Stereo row; that row is derived the
 * same way (media page + 5).
 */
export const CAC_PAGE_AUDIO: Record<AudioCodec, AudioCodecBandwidth> = {
  RTAudioWB: { label: 'RTAudio (16 kHz)', noFecTenths: 670, fecTenths: 960, source: SOURCES.cacRequirements },
  RTAudioNB: { label: 'RTAudio (8 kHz)', noFecTenths: 498, fecTenths: 616, source: SOURCES.cacRequirements },
  G722: { label: 'G.722', noFecTenths: 1056, fecTenths: 1696, source: SOURCES.cacRequirements },
  G722Stereo: {
    label: 'G.722 Stereo',
    noFecTenths: 1696,
    fecTenths: 2336,
    source: SOURCES.cacRequirements,
    derivation: 'media page value + 5 kbps (RTCP counted at 10 kbps, as every other row of this table)',
  },
  G711: { label: 'G.711', noFecTenths: 1020, fecTenths: 1660, source: SOURCES.cacRequirements },
  Siren: { label: 'Siren', noFecTenths: 576, fecTenths: 736, source: SOURCES.cacRequirements },
};

/** Maximum video payload per resolution (media page, "Video Resolution Bandwidth"), kbps. */
export const VIDEO_MAX_PAYLOAD_KBPS: Record<VideoResolution, number> = {
  '320x180': 250,
  '424x240': 350,
  '480x270': 450,
  '640x360': 800,
  '848x480': 1500,
  '960x540': 2000,
  '1280x720': 2500,
  '1920x1080': 4000,
};

export const RTCP = {
  audio: {
    value: 5,
    unit: 'kbps per audio stream',
    source: SOURCES.mediaBandwidth,
    alternative: {
      value: 10,
      source: SOURCES.cacRequirements,
      reason:
        'The CAC page counts 10 kbps; the newer media page counts 5. The media page is the default table; the CAC page is offered as the conservative "cac" table.',
    },
  },
  /** Video with a single codec (H.264 only or RTVideo only); the planning value is max payload + this. */
  video: { value: 10, unit: 'kbps per video stream', source: SOURCES.mediaBandwidth },
} as const satisfies Record<string, Figure>;

/** The flat provisioning rule of the infrastructure page ("simple" method). */
export const SIMPLE_RULE = {
  audioPerStream: { value: 65, unit: 'kbps per audio stream', source: SOURCES.networkInfrastructure },
  videoPerStream: { value: 500, unit: 'kbps per video stream', source: SOURCES.networkInfrastructure },
} as const satisfies Record<string, Figure>;
