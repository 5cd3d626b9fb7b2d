import { defineRemoteSizingRule } from './define/remoteSizingRule';

/** One Edge Server per 12,000 concurrent remote users per site (capacity planning page); 15,000 for a 2010 Edge. */
export const capEdgeRemoteUsers = defineRemoteSizingRule('CAP-EDGE-REMOTE-USERS', 'Edge');
