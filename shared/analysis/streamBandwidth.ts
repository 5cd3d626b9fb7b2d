import { CAC_PAGE_AUDIO, MEDIA_PAGE_AUDIO, RTCP, SIMPLE_RULE, VIDEO_MAX_PAYLOAD_KBPS } from '../catalog/codecs';
import type { AudioCodec, ResolvedBandwidthSettings } from '../model/settings';

/** One-way bandwidth of one stream of each kind, in tenths of a kbps. */
export interface StreamBandwidth {
  p2pAudio: number;
  conferenceAudio: number;
  pstnAudio: number;
  video: number;
}

/**
 * The per-stream planning values for the chosen method (network.md 2.2): the codec tables' "max" values,
 * with or without FEC, or the flat 65 / 500 kbps rule. Video is the chosen resolution's maximum payload plus
 * 10 kbps RTCP (the rule behind the media page's 4010 / 2510 / 2010 / 510 values).
 */
export function streamBandwidth(settings: ResolvedBandwidthSettings): StreamBandwidth {
  if (settings.method === 'simple') {
    const audio = SIMPLE_RULE.audioPerStream.value * 10;
    return { p2pAudio: audio, conferenceAudio: audio, pstnAudio: audio, video: SIMPLE_RULE.videoPerStream.value * 10 };
  }
  const table = settings.codecTable === 'cac' ? CAC_PAGE_AUDIO : MEDIA_PAGE_AUDIO;
  const audio = (codec: AudioCodec) => (settings.fec ? table[codec].fecTenths : table[codec].noFecTenths);
  return {
    p2pAudio: audio(settings.p2pAudioCodec),
    conferenceAudio: audio(settings.conferenceAudioCodec),
    pstnAudio: audio(settings.pstnAudioCodec),
    video: (VIDEO_MAX_PAYLOAD_KBPS[settings.videoResolution] + RTCP.video.value) * 10,
  };
}
