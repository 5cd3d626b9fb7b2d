import { SOURCES } from '../catalog/sources';
import { describeLink, formatKbps } from './describe';
import type { Finding, Rule } from './rule';

/** Demand per direction above the link's capacity: the calls do not fit (network.md 2.2 step 4). */
export const bwLinkCapacity: Rule = {
  id: 'BW-LINK-CAPACITY',
  title: 'Media demand above link capacity',
  source: SOURCES.mediaBandwidth,
  check({ design, index, figures, demandTenths }) {
    const findings: Finding[] = [];
    for (const link of design.links) {
      const demand = (demandTenths.get(link.id) ?? 0) / 10;
      if (demand <= link.capacityKbps) continue;
      const shown = figures.links.get(link.id)?.demandKbps ?? demand;
      findings.push({
        rule: this.id,
        severity: 'error',
        subjects: [link.id],
        message: `Busy-hour media on ${describeLink(link, index)} needs ${formatKbps(shown)} each way; the link carries ${formatKbps(link.capacityKbps)}. Add capacity, lower the traffic, or route PSTN calls through a local gateway.`,
        value: shown,
        limit: link.capacityKbps,
        source: this.source,
      });
    }
    return findings;
  },
};
