import { migArchMonRemoveAfterUsers } from '../migArchMonRemoveAfterUsers';
import { migCacHostBeforeDecom } from '../migCacHostBeforeDecom';
import { migCallparkOrbitsReassigned } from '../migCallparkOrbitsReassigned';
import { migCmsMovedBeforeDecom } from '../migCmsMovedBeforeDecom';
import { migCmsTargetHasCmsDb } from '../migCmsTargetHasCmsDb';
import { migConfDirsBeforeDecom } from '../migConfDirsBeforeDecom';
import { migDecomSequence } from '../migDecomSequence';
import { migDialinNumbersBeforeDecom } from '../migDialinNumbersBeforeDecom';
import { migDnsSrvBeforeDecom } from '../migDnsSrvBeforeDecom';
import { migMediationCollocateOnMerge } from '../migMediationCollocateOnMerge';
import { migMoveTargetExists } from '../migMoveTargetExists';
import { migPchatHomeVersion } from '../migPchatHomeVersion';
import { migPerPoolPhases } from '../migPerPoolPhases';
import { migPilotEdgeNoFederation } from '../migPilotEdgeNoFederation';
import { migPilotNoEdgeAssocAtDeploy } from '../migPilotNoEdgeAssocAtDeploy';
import { migPoolEmptyBeforeDecom } from '../migPoolEmptyBeforeDecom';
import { migRgsMoveWholePool } from '../migRgsMoveWholePool';
import { migSbaVersionMatch } from '../migSbaVersionMatch';
import { migSeDeleteSqlStore } from '../migSeDeleteSqlStore';
import { migSideBySideOnly } from '../migSideBySideOnly';
import { migSqlInstanceNotShared } from '../migSqlInstanceNotShared';
import { migTools2013Only } from '../migTools2013Only';
import { migXmppLegacyUntilAllMoved } from '../migXmppLegacyUntilAllMoved';
import type { MigrationRule } from './migrationRule';

/**
 * Every migration rule (`MIG-*`, ../shared/domain/migration-topology-peers.md section (a)) that `validatePlan` runs on
 * a design's plan, in this order. As for the state rules (`registry.ts`): one file per rule id in shared/rules/,
 * its test beside it, one line here.
 */
export const migrationRules: readonly MigrationRule[] = [
  migSqlInstanceNotShared,
  migSideBySideOnly,
  migPilotNoEdgeAssocAtDeploy,
  migPilotEdgeNoFederation,
  migXmppLegacyUntilAllMoved,
  migMediationCollocateOnMerge,
  migTools2013Only,
  migSbaVersionMatch,
  migPchatHomeVersion,
  migPerPoolPhases,
  migMoveTargetExists,
  migPoolEmptyBeforeDecom,
  migDialinNumbersBeforeDecom,
  migCallparkOrbitsReassigned,
  migConfDirsBeforeDecom,
  migCacHostBeforeDecom,
  migDnsSrvBeforeDecom,
  migCmsMovedBeforeDecom,
  migCmsTargetHasCmsDb,
  migArchMonRemoveAfterUsers,
  migSeDeleteSqlStore,
  migDecomSequence,
  migRgsMoveWholePool,
];
