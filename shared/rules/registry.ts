import { bwCacLimitsExceedLink } from './bwCacLimitsExceedLink';
import { bwCacSessionBelowCodec } from './bwCacSessionBelowCodec';
import { bwCacAudioSessionMin, bwCacVideoSessionMin } from './bwCacSessionMinimums';
import { bwLatency } from './bwLatency';
import { bwLinkCapacity } from './bwLinkCapacity';
import { bwLinkRtcShare } from './bwLinkRtcShare';
import { capFeMaxServers } from './capFeMaxServers';
import { capFePairedMaxUsers } from './capFePairedMaxUsers';
import { capFePoolMaxUsers } from './capFePoolMaxUsers';
import { capFeUsersN1 } from './capFeUsersN1';
import { capFeUsersPerServer } from './capFeUsersPerServer';
import { capPchatActiveServers, capPchatUsers } from './capPchat';
import { capSeUsers } from './capSeUsers';
import { capDirRemoteUsers, capEdgeRemoteUsers } from './remoteAccessRules';
import type { Rule } from './rule';
import { topoDirMin2, topoEdgeMin2 } from './topoHaMinimum';
import { topoFeMin3 } from './topoFeMin3';
import { topoFeQuorum } from './topoFeQuorum';
import { topoPairCapacity } from './topoPairCapacity';
import { topoPairDifferentSite } from './topoPairDifferentSite';
import { topoPairOnePartner } from './topoPairOnePartner';
import { topoPairSameBeHa } from './topoPairSameBeHa';
import { topoPairSameEdition } from './topoPairSameEdition';
import { tbFilestoreNotOnFe, topoPchatSePoc, topoSeparateRoles } from './topoSeparateRoles';
import { topoSePairedRecommended } from './topoSePairedRecommended';
import { topoBranchOneCentral, topoCentralSiteDef, topoDeployNeedsCentralSite } from './topoSites';

/** Every rule the validator runs. Adding a rule is adding its file and one line here. */
export const rules: readonly Rule[] = [
  capFeMaxServers,
  capFePoolMaxUsers,
  capFeUsersPerServer,
  capFeUsersN1,
  capFePairedMaxUsers,
  capSeUsers,
  capEdgeRemoteUsers,
  capDirRemoteUsers,
  capPchatActiveServers,
  capPchatUsers,
  topoDeployNeedsCentralSite,
  topoBranchOneCentral,
  topoCentralSiteDef,
  topoFeMin3,
  topoFeQuorum,
  topoEdgeMin2,
  topoDirMin2,
  topoPairSameEdition,
  topoPairCapacity,
  topoPairOnePartner,
  topoPairDifferentSite,
  topoPairSameBeHa,
  topoSePairedRecommended,
  topoSeparateRoles,
  topoPchatSePoc,
  tbFilestoreNotOnFe,
  bwLinkCapacity,
  bwLinkRtcShare,
  bwCacLimitsExceedLink,
  bwCacAudioSessionMin,
  bwCacVideoSessionMin,
  bwCacSessionBelowCodec,
  bwLatency,
];
