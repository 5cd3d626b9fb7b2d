import { REMOTE_ACCESS } from '../catalog/remoteAccess';
import { defineRemoteSizingRule } from './define/remoteSizingRule';

/** One Edge Server per 12,000 concurrent remote users per site (capacity planning page). */
export const capEdgeRemoteUsers = defineRemoteSizingRule(
  'CAP-EDGE-REMOTE-USERS',
  'Edge',
  (s) => s.edgeServers,
  REMOTE_ACCESS.remoteUsersPerEdge.value,
);
