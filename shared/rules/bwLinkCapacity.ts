import { SOURCES } from '../catalog/sources';
import { describeLink } from '../wording/entityNames';
import { countOf, formatKbps } from '../wording/numbers';
import { defineLinkRule } from './define/linkRule';

/** What helps: local breakout only where PSTN calls cross the link (a branch homed on its SBA has none). */
const remedy = (pstnStreams: number) =>
  pstnStreams > 0
    ? `Add capacity, lower the traffic, or break out the ${countOf(pstnStreams, 'PSTN call')} at the branch (a gateway with media bypass, or an SBA).`
    : 'Add capacity or lower the traffic.';

/** Demand per direction above the link's capacity: the calls do not fit (network.md 2.2 step 4). */
export const bwLinkCapacity = defineLinkRule({
  id: 'BW-LINK-CAPACITY',
  title: 'Media demand above link capacity',
  source: SOURCES.mediaBandwidth,
  evaluate: (link, { index, figures, demandTenths }) => {
    const demand = (demandTenths.get(link.id) ?? 0) / 10;
    if (demand <= link.capacityKbps) return [];
    const shown = figures.links.get(link.id)?.demandKbps ?? demand;
    return [
      {
        severity: 'error',
        message: `Busy-hour media on ${describeLink(link, index)} needs ${formatKbps(shown)} each way; the link carries ${formatKbps(link.capacityKbps)}. ${remedy(figures.links.get(link.id)?.pstnStreams ?? 0)}`,
        value: shown,
        limit: link.capacityKbps,
      },
    ];
  },
});
