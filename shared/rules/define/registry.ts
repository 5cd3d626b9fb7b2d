import { bwCacLimitsExceedLink } from '../bwCacLimitsExceedLink';
import { bwCacSessionBelowCodec } from '../bwCacSessionBelowCodec';
import { bwCacAudioSessionMin, bwCacVideoSessionMin } from '../bwCacSessionMinimums';
import { bwLatency } from '../bwLatency';
import { bwLinkCapacity } from '../bwLinkCapacity';
import { bwLinkRtcShare } from '../bwLinkRtcShare';
import { capBranchMaxSba } from '../capBranchMaxSba';
import { capBranchMinUsers } from '../capBranchMinUsers';
import { capConfMaxSize } from '../capConfMaxSize';
import { capFeMaxServers } from '../capFeMaxServers';
import { capFePairedMaxUsers } from '../capFePairedMaxUsers';
import { capFePoolMaxUsers } from '../capFePoolMaxUsers';
import { capFeUsersN1 } from '../capFeUsersN1';
import { capFeUsersPerServer } from '../capFeUsersPerServer';
import { capLmOneMeeting } from '../capLmOneMeeting';
import { capMedCollocatedCalls, capMedStandaloneCalls } from '../capMedCalls';
import { capPchatActiveServers, capPchatUsers } from '../capPchat';
import { capSeUsers } from '../capSeUsers';
import { capSbaUsers, capSbsUsers } from '../capSurvivableUsers';
import {
  capConfConcurrency,
  capFePoolEndpoints,
  capMaStorage,
  topoPchatSingleServerPoolFixed,
  topoSbaUsersNoPchatRooms,
} from '../infoRules';
import { capDirRemoteUsers, capEdgeAvSessions, capEdgeRemoteUsers } from '../remoteAccessRules';
import { tbCacOnePoolPerCentralSite } from '../tbCacOnePoolPerCentralSite';
import { tbEdgeMediaAssoc } from '../tbEdgeMediaAssoc';
import { tbFederationSingleRoute } from '../tbFederationSingleRoute';
import { tbFqdnCharset } from '../tbFqdnCharset';
import { tbFqdnUnique } from '../tbFqdnUnique';
import { tbOwasForConferencing } from '../tbOwasForConferencing';
import { tbSbaBackupRegistrar } from '../tbSbaBackupRegistrar';
import { tbSqlNotSharedAcrossVersions } from '../tbSqlNotSharedAcrossVersions';
import { tbTrunkEndpoints } from '../tbTrunkEndpoints';
import { topoBeNoAsyncMirror } from '../topoBeNoAsyncMirror';
import { topoBranchContents } from '../topoBranchContents';
import { topoBranchNoMediationWithBypass } from '../topoBranchNoMediationWithBypass';
import { topoCmsOne } from '../topoCmsOne';
import { topoDnslbLegacy } from '../topoDnslbLegacy';
import { topoEdge2Nics } from '../topoEdge2Nics';
import { topoEdgeLbSame } from '../topoEdgeLbSame';
import { topoEdgeNextHop } from '../topoEdgeNextHop';
import { topoEeNeedsLb } from '../topoEeNeedsLb';
import { topoFeMin3 } from '../topoFeMin3';
import { topoFeQuorum } from '../topoFeQuorum';
import { topoDirMin2, topoEdgeMin2 } from '../topoHaMinimum';
import { topoLmDedicated } from '../topoLmDedicated';
import { topoNoExchangeColoc } from '../topoNoExchangeColoc';
import { topoNoMultihome } from '../topoNoMultihome';
import { topoPairCapacity } from '../topoPairCapacity';
import { topoPairDifferentSite } from '../topoPairDifferentSite';
import { topoPairOnePartner } from '../topoPairOnePartner';
import { topoPairSameBeHa } from '../topoPairSameBeHa';
import { topoPairSameEdition } from '../topoPairSameEdition';
import { topoPoolNeedsFilestore } from '../topoPoolNeedsFilestore';
import { topoPoolNeedsSql } from '../topoPoolNeedsSql';
import { topoSePairedRecommended } from '../topoSePairedRecommended';
import { tbFilestoreNotOnFe, topoPchatSePoc, topoSeparateRoles } from '../topoSeparateRoles';
import { topoSeSqlLocal } from '../topoSeSqlLocal';
import { topoBranchOneCentral, topoCentralSiteDef, topoDeployNeedsCentralSite } from '../topoSites';
import { topoSqlOnePool } from '../topoSqlOnePool';
import type { Rule } from './rule';

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
  capEdgeAvSessions,
  capPchatActiveServers,
  capPchatUsers,
  capFePoolEndpoints,
  capConfConcurrency,
  capConfMaxSize,
  capLmOneMeeting,
  capMedStandaloneCalls,
  capMedCollocatedCalls,
  capSbaUsers,
  capSbsUsers,
  capBranchMaxSba,
  capBranchMinUsers,
  capMaStorage,
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
  topoNoExchangeColoc,
  topoPoolNeedsSql,
  topoSqlOnePool,
  topoSeSqlLocal,
  topoBeNoAsyncMirror,
  topoPoolNeedsFilestore,
  topoCmsOne,
  topoEdgeNextHop,
  topoEdgeLbSame,
  topoEeNeedsLb,
  topoEdge2Nics,
  topoNoMultihome,
  topoDnslbLegacy,
  topoBranchContents,
  topoBranchNoMediationWithBypass,
  topoLmDedicated,
  topoPchatSingleServerPoolFixed,
  topoSbaUsersNoPchatRooms,
  tbFqdnUnique,
  tbFqdnCharset,
  tbSqlNotSharedAcrossVersions,
  tbSbaBackupRegistrar,
  tbTrunkEndpoints,
  tbOwasForConferencing,
  tbEdgeMediaAssoc,
  tbFederationSingleRoute,
  tbCacOnePoolPerCentralSite,
  bwLinkCapacity,
  bwLinkRtcShare,
  bwCacLimitsExceedLink,
  bwCacAudioSessionMin,
  bwCacVideoSessionMin,
  bwCacSessionBelowCodec,
  bwLatency,
];
