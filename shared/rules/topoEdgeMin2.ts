import { defineHaMinimumRule } from './define/haMinimumRule';

/** Edge pools: 2 or more for high availability (recommended, not required: capacity.md section 6 item 7). */
export const topoEdgeMin2 = defineHaMinimumRule('TOPO-EDGE-MIN-2', 'edge');
