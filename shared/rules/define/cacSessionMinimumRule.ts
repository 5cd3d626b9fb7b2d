import { describeLink } from '../../wording/entityNames';
import { formatKbps } from '../../wording/numbers';
import { defineLinkRule } from './linkRule';
import type { Rule } from './rule';

/**
 * The bandwidth policy profile's session minimums, audio and video: the two rules differ only in the medium and
 * the figure, so one definition serves both.
 */
export function defineCacSessionMinimumRule(
  id: string,
  media: 'audio' | 'video',
  minimum: number,
  source: string,
): Rule {
  return defineLinkRule({
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
}
