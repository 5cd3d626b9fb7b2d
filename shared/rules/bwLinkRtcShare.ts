import { rtcAllowanceOf } from '../analysis/linkDemand';
import { NETWORK } from '../catalog/network';
import { describeLink } from '../wording/entityNames';
import { formatKbps } from '../wording/numbers';
import { defineLinkRule } from './define/linkRule';

/** Demand above the share of the link allocated to real-time traffic (30% by default: NETWORK.rtcSharePercent). */
export const bwLinkRtcShare = defineLinkRule({
  id: 'BW-LINK-RTC-SHARE',
  title: 'Media demand above the real-time share of the link',
  source: NETWORK.rtcSharePercent.source,
  evaluate: (link, { index, figures, demandTenths, bandwidth }) => {
    const share = bandwidth.rtcSharePercent;
    const allowance = rtcAllowanceOf(link.capacityKbps, share);
    const demand = demandTenths.get(link.id) ?? 0;
    if (demand <= Math.round(allowance * 10)) return [];
    const shown = figures.links.get(link.id)?.demandKbps ?? demand / 10;
    return [
      {
        severity: 'warning',
        message: `Busy-hour media on ${describeLink(link, index)} needs ${formatKbps(shown)} each way, above the ${share}% real-time share of its ${formatKbps(link.capacityKbps)} (${formatKbps(allowance)}).`,
        value: shown,
        limit: allowance,
      },
    ];
  },
});
