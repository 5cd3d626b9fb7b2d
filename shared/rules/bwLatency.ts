import { NETWORK } from '../catalog/network';
import { describeLink } from '../wording/entityNames';
import { defineLinkRule } from './define/linkRule';

const limit = NETWORK.maxLatencyMs.value;

/** End-to-end latency stays under 150 ms at peak (network infrastructure page). */
export const bwLatency = defineLinkRule({
  id: 'BW-LATENCY',
  title: 'Link latency at most 150 ms',
  source: NETWORK.maxLatencyMs.source,
  evaluate: (link, { index }) =>
    link.latencyMs === undefined || link.latencyMs <= limit
      ? []
      : [
          {
            severity: 'warning',
            message: `${describeLink(link, index).replace(/^the/, 'The')} has ${link.latencyMs} ms latency; real-time media needs at most ${limit} ms end to end under peak load.`,
            value: link.latencyMs,
            limit,
          },
        ],
});
