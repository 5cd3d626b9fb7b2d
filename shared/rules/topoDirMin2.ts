import { defineHaMinimumRule } from './define/haMinimumRule';

/** Director pools: 2 or more for high availability. */
export const topoDirMin2 = defineHaMinimumRule('TOPO-DIR-MIN-2', 'director');
