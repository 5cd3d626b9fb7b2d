import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { defineRemoteSizingRule } from './define/remoteSizingRule';

/** One Director per 12,000 concurrent remote users per site (capacity planning page). */
export const capDirRemoteUsers = defineRemoteSizingRule(
  'CAP-DIR-REMOTE-USERS',
  'Director',
  (s) => s.directorServers,
  REMOTE_ACCESS.remoteUsersPerDirector.value,
);
