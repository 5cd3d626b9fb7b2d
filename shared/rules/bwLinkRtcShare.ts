import { NETWORK } from '../catalog/network';
import { rtcAllowanceOf } from '../analysis/linkDemand';
import { resolveBandwidthSettings } from '../analysis/resolveSettings';
import { describeLink, formatKbps } from './describe';
import type { Finding, Rule } from './rule';

/** Demand above the share of the link allocated to real-time traffic (30% by default: NETWORK.rtcSharePercent). */
export const bwLinkRtcShare: Rule = {
  id: 'BW-LINK-RTC-SHARE',
  title: 'Media demand above the real-time share of the link',
  source: NETWORK.rtcSharePercent.source,
  check({ design, index, figures, demandTenths }) {
    const share = resolveBandwidthSettings(design).rtcSharePercent;
    const findings: Finding[] = [];
    for (const link of design.links) {
      const allowance = rtcAllowanceOf(link.capacityKbps, share);
      const demandTenthsOfLink = demandTenths.get(link.id) ?? 0;
      if (demandTenthsOfLink <= Math.round(allowance * 10)) continue;
      const shown = figures.links.get(link.id)?.demandKbps ?? demandTenthsOfLink / 10;
      findings.push({
        rule: this.id,
        severity: 'warning',
        subjects: [link.id],
        message: `Busy-hour media on ${describeLink(link, index)} needs ${formatKbps(shown)} each way, above the ${share}% real-time share of its ${formatKbps(link.capacityKbps)} (${formatKbps(allowance)}).`,
        value: shown,
        limit: allowance,
        source: this.source,
      });
    }
    return findings;
  },
};
