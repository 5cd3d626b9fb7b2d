import { CAC } from '../catalog/cac';
import { describeLink } from '../wording/entityNames';
import { formatKbps } from '../wording/numbers';
import { defineLinkRule } from './define/linkRule';

const sessionMinimum = (id: string, media: 'audio' | 'video', minimum: number, source: string) =>
  defineLinkRule({
    id,
    title: `The ${media} session limit is at least ${minimum} kbps`,
    source,
    evaluate: (link, { index }) => {
      if (!link.cac) return [];
      const value = media === 'audio' ? link.cac.audioSessionLimitKbps : link.cac.videoSessionLimitKbps;
      if (value >= minimum) return [];
      return [
        {
          severity: 'error',
          message: `The ${media} session limit on ${describeLink(link, index)} is ${formatKbps(value)}; a bandwidth policy profile's ${media} session limit is at least ${formatKbps(minimum)}.`,
          value,
          limit: minimum,
        },
      ];
    },
  });

/** Audio session limit of a bandwidth policy profile: at least 40 kbps. */
export const bwCacAudioSessionMin = sessionMinimum(
  'BW-CAC-AUDIO-SESSION-MIN',
  'audio',
  CAC.minAudioSessionKbps.value,
  CAC.minAudioSessionKbps.source,
);
/** Video session limit of a bandwidth policy profile: at least 100 kbps. */
export const bwCacVideoSessionMin = sessionMinimum(
  'BW-CAC-VIDEO-SESSION-MIN',
  'video',
  CAC.minVideoSessionKbps.value,
  CAC.minVideoSessionKbps.source,
);
