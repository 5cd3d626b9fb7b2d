import { defineRemoteSizingRule } from './define/remoteSizingRule';

/** One Director per 12,000 concurrent remote users per site (capacity planning page); 15,000 for a 2010 Director. */
export const capDirRemoteUsers = defineRemoteSizingRule('CAP-DIR-REMOTE-USERS', 'Director');
