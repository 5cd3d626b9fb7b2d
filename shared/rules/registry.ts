import { bwLinkCapacity } from './bwLinkCapacity';
import { bwLinkRtcShare } from './bwLinkRtcShare';
import { capFeMaxServers } from './capFeMaxServers';
import { capFePoolMaxUsers } from './capFePoolMaxUsers';
import { capFeUsersPerServer } from './capFeUsersPerServer';
import { capSeUsers } from './capSeUsers';
import type { Rule } from './rule';

/** Every rule the validator runs. Adding a rule is adding its file and one line here. */
export const rules: readonly Rule[] = [
  capFeMaxServers,
  capFePoolMaxUsers,
  capFeUsersPerServer,
  capSeUsers,
  bwLinkCapacity,
  bwLinkRtcShare,
];
