import { CAC_PAGE_AUDIO, MEDIA_PAGE_AUDIO } from '../catalog/codecs';
import type { AudioCodec, ResolvedBandwidthSettings, ResolvedTraffic } from '../model/settings';

export interface CodecUse {
  kind: 'peer-to-peer' | 'conference' | 'PSTN';
  codec: AudioCodec;
  /** One-way planning value of one stream, kbps. */
  kbps: number;
}

/**
 * The audio codecs a link's sessions use: those of the traffic kinds (peer-to-peer, conference, PSTN) the
 * traffic model sends anywhere, each at the chosen table's planning value. A CAC session limit below one of
 * them blocks that kind of call on the link.
 */
export function codecsInUse(settings: ResolvedBandwidthSettings, traffic: ResolvedTraffic): CodecUse[] {
  const table = settings.codecTable === 'cac' ? CAC_PAGE_AUDIO : MEDIA_PAGE_AUDIO;
  const kbps = (codec: AudioCodec) => (settings.fec ? table[codec].fecTenths : table[codec].noFecTenths) / 10;
  const uses: CodecUse[] = [];
  if (traffic.p2pAudioPercent > 0)
    uses.push({ kind: 'peer-to-peer', codec: settings.p2pAudioCodec, kbps: kbps(settings.p2pAudioCodec) });
  if (traffic.conferencePercent > 0)
    uses.push({ kind: 'conference', codec: settings.conferenceAudioCodec, kbps: kbps(settings.conferenceAudioCodec) });
  if (traffic.pstnPercent > 0)
    uses.push({ kind: 'PSTN', codec: settings.pstnAudioCodec, kbps: kbps(settings.pstnAudioCodec) });
  return uses;
}
