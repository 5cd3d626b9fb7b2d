import { codecsInUse } from '../analysis/codecsOnLink';
import { resolveTraffic } from '../analysis/resolveSettings';
import { CAC } from '../catalog/cac';
import { CAC_PAGE_AUDIO, MEDIA_PAGE_AUDIO } from '../catalog/codecs';
import { describeLink } from '../wording/entityNames';
import { formatKbps } from '../wording/numbers';
import { defineLinkRule, type LinkVerdict } from './define/linkRule';

/**
 * A session limit below what the planned codec needs blocks those calls on the link (NET-15: a 60 kbps audio
 * session cannot carry G.722 conferencing at 100.6 kbps). Below the 40 kbps floor, BW-CAC-AUDIO-SESSION-MIN
 * already says the profile is invalid, so this rule stays quiet there.
 */
export const bwCacSessionBelowCodec = defineLinkRule({
  id: 'BW-CAC-SESSION-BELOW-CODEC',
  title: 'The CAC audio session limit carries the planned codecs',
  source: MEDIA_PAGE_AUDIO.G722.source,
  evaluate: (link, { design, index, bandwidth: settings }) => {
    if (!link.cac || link.cac.audioSessionLimitKbps < CAC.minAudioSessionKbps.value) return [];
    if (settings.method === 'simple') return [];
    const limit = link.cac.audioSessionLimitKbps;
    const verdicts: LinkVerdict[] = [];
    for (const use of codecsInUse(settings, resolveTraffic(design))) {
      if (use.kbps <= limit) continue;
      const label = (settings.codecTable === 'cac' ? CAC_PAGE_AUDIO : MEDIA_PAGE_AUDIO)[use.codec].label;
      verdicts.push({
        severity: 'warning',
        message: `The audio session limit on ${describeLink(link, index)} is ${formatKbps(limit)}; ${use.kind} calls with ${label} need ${formatKbps(use.kbps)} per session and will be refused or rerouted.`,
        value: limit,
        limit: use.kbps,
      });
    }
    return verdicts;
  },
});
