import { bwCacAudioSessionMin } from '../bwCacAudioSessionMin';
import { bwCacLimitsExceedLink } from '../bwCacLimitsExceedLink';
import { bwCacSessionBelowCodec } from '../bwCacSessionBelowCodec';
import { bwCacVideoSessionMin } from '../bwCacVideoSessionMin';
import { bwLatency } from '../bwLatency';
import { bwLinkCapacity } from '../bwLinkCapacity';
import { bwLinkRtcShare } from '../bwLinkRtcShare';
import { capBranchMaxSba } from '../capBranchMaxSba';
import { capBranchMinUsers } from '../capBranchMinUsers';
import { capConfConcurrency } from '../capConfConcurrency';
import { capConfMaxSize } from '../capConfMaxSize';
import { capDirRemoteUsers } from '../capDirRemoteUsers';
import { capEdgeAvSessions } from '../capEdgeAvSessions';
import { capEdgeRemoteUsers } from '../capEdgeRemoteUsers';
import { capFeMaxServers } from '../capFeMaxServers';
import { capFePairedMaxUsers } from '../capFePairedMaxUsers';
import { capFePoolEndpoints } from '../capFePoolEndpoints';
import { capFePoolMaxUsers } from '../capFePoolMaxUsers';
import { capFeUsersN1 } from '../capFeUsersN1';
import { capFeUsersPerServer } from '../capFeUsersPerServer';
import { capLmOneMeeting } from '../capLmOneMeeting';
import { capMaStorage } from '../capMaStorage';
import { capMedCollocatedCalls } from '../capMedCollocatedCalls';
import { capMedStandaloneCalls } from '../capMedStandaloneCalls';
import { capPchatActiveServers } from '../capPchatActiveServers';
import { capPchatUsers } from '../capPchatUsers';
import { capSbaUsers } from '../capSbaUsers';
import { capSbsUsers } from '../capSbsUsers';
import { capSeUsers } from '../capSeUsers';
import { migArchMonVersionMatch } from '../migArchMonVersionMatch';
import { migSingleFederationEdge } from '../migSingleFederationEdge';
import { tbCacOnePoolPerCentralSite } from '../tbCacOnePoolPerCentralSite';
import { tbEdgeMediaAssoc } from '../tbEdgeMediaAssoc';
import { tbFederationSingleRoute } from '../tbFederationSingleRoute';
import { tbFilestoreNotOnFe } from '../tbFilestoreNotOnFe';
import { tbFqdnCharset } from '../tbFqdnCharset';
import { tbFqdnUnique } from '../tbFqdnUnique';
import { tbOwasForConferencing } from '../tbOwasForConferencing';
import { tbSbaBackupRegistrar } from '../tbSbaBackupRegistrar';
import { tbSqlNotSharedAcrossVersions } from '../tbSqlNotSharedAcrossVersions';
import { tbTrunkEndpoints } from '../tbTrunkEndpoints';
import { topoBeMirrorMin2 } from '../topoBeMirrorMin2';
import { topoBeNoAsyncMirror } from '../topoBeNoAsyncMirror';
import { topoBranchContents } from '../topoBranchContents';
import { topoBranchNeedsLink } from '../topoBranchNeedsLink';
import { topoBranchNoMediationWithBypass } from '../topoBranchNoMediationWithBypass';
import { topoBranchOneCentral } from '../topoBranchOneCentral';
import { topoCentralSiteDef } from '../topoCentralSiteDef';
import { topoCmsOne } from '../topoCmsOne';
import { topoDeployNeedsCentralSite } from '../topoDeployNeedsCentralSite';
import { topoDirMin2 } from '../topoDirMin2';
import { topoDnslbLegacy } from '../topoDnslbLegacy';
import { topoEdge2Nics } from '../topoEdge2Nics';
import { topoEdgeLbSame } from '../topoEdgeLbSame';
import { topoEdgeMin2 } from '../topoEdgeMin2';
import { topoEdgeNeedsReverseProxy } from '../topoEdgeNeedsReverseProxy';
import { topoEdgeNextHop } from '../topoEdgeNextHop';
import { topoEeNeedsLb } from '../topoEeNeedsLb';
import { topoEvNotPlanned } from '../topoEvNotPlanned';
import { topoFeMin3 } from '../topoFeMin3';
import { topoFeQuorum } from '../topoFeQuorum';
import { topoLmDedicated } from '../topoLmDedicated';
import { topoNoExchangeColoc } from '../topoNoExchangeColoc';
import { topoNoMultihome } from '../topoNoMultihome';
import { topoPairCapacity } from '../topoPairCapacity';
import { topoPairDifferentSite } from '../topoPairDifferentSite';
import { topoPairOnePartner } from '../topoPairOnePartner';
import { topoPairSameBeHa } from '../topoPairSameBeHa';
import { topoPairSameEdition } from '../topoPairSameEdition';
import { topoPchatSePoc } from '../topoPchatSePoc';
import { topoPchatSingleServerPoolFixed } from '../topoPchatSingleServerPoolFixed';
import { topoPoolNeedsFilestore } from '../topoPoolNeedsFilestore';
import { topoPoolNeedsSql } from '../topoPoolNeedsSql';
import { topoSbaUsersNoPchatRooms } from '../topoSbaUsersNoPchatRooms';
import { topoSePairedRecommended } from '../topoSePairedRecommended';
import { topoSeparateRoles } from '../topoSeparateRoles';
import { topoSeSqlLocal } from '../topoSeSqlLocal';
import { topoSqlOnePool } from '../topoSqlOnePool';
import type { Rule } from './rule';

/**
 * Every rule the validator runs, in this order: findings of equal severity, rule and subject keep it. Adding a
 * rule is adding shared/rules/<camelCaseOfId>.ts with the rule as its one export, its test beside it, and one
 * line here; registry.test.ts holds the folder to that.
 */
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
  topoBeMirrorMin2,
  topoPoolNeedsFilestore,
  topoCmsOne,
  topoEdgeNextHop,
  topoEdgeNeedsReverseProxy,
  topoEdgeLbSame,
  topoEeNeedsLb,
  topoEdge2Nics,
  topoNoMultihome,
  topoDnslbLegacy,
  topoBranchContents,
  topoBranchNeedsLink,
  topoBranchNoMediationWithBypass,
  topoEvNotPlanned,
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
  migSingleFederationEdge,
  tbCacOnePoolPerCentralSite,
  migArchMonVersionMatch,
  bwLinkCapacity,
  bwLinkRtcShare,
  bwCacLimitsExceedLink,
  bwCacAudioSessionMin,
  bwCacVideoSessionMin,
  bwCacSessionBelowCodec,
  bwLatency,
];
