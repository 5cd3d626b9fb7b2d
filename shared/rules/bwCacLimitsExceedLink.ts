import { SOURCES } from '../catalog/sources';
import { describeLink } from '../wording/entityNames';
import { formatKbps } from '../wording/numbers';
import { defineLinkRule } from './define/linkRule';

/** A bandwidth policy whose audio and video limits add up to more than the link carries (the CAC example's Portland row). */
export const bwCacLimitsExceedLink = defineLinkRule({
  id: 'BW-CAC-LIMITS-EXCEED-LINK',
  title: 'CAC audio and video limits fit in the link',
  source: SOURCES.cacExample,
  evaluate: (link, { index }) => {
    if (!link.cac) return [];
    const total = link.cac.audioLimitKbps + link.cac.videoLimitKbps;
    if (total <= link.capacityKbps) return [];
    return [
      {
        severity: 'error',
        message: `The bandwidth policy on ${describeLink(link, index)} admits ${formatKbps(link.cac.audioLimitKbps)} of audio and ${formatKbps(link.cac.videoLimitKbps)} of video, ${formatKbps(total)} in all; the link carries ${formatKbps(link.capacityKbps)}.`,
        value: total,
        limit: link.capacityKbps,
      },
    ];
  },
});
