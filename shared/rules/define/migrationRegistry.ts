import { migArchMonRemoveAfterUsers } from '../migArchMonRemoveAfterUsers';
import { migCacHostBeforeDecom } from '../migCacHostBeforeDecom';
import { migCallparkOrbitsReassigned } from '../migCallparkOrbitsReassigned';
import { migCmsMovedBeforeDecom } from '../migCmsMovedBeforeDecom';
import { migCmsTargetHasCmsDb } from '../migCmsTargetHasCmsDb';
import { migConfDirsBeforeDecom } from '../migConfDirsBeforeDecom';
import { migDecomSequence } from '../migDecomSequence';
import { migDialinNumbersBeforeDecom } from '../migDialinNumbersBeforeDecom';
import { migDnsSrvBeforeDecom } from '../migDnsSrvBeforeDecom';
import { migMoveTargetExists } from '../migMoveTargetExists';
import { migPoolEmptyBeforeDecom } from '../migPoolEmptyBeforeDecom';
import { migRgsMoveWholePool } from '../migRgsMoveWholePool';
import { migSeDeleteSqlStore } from '../migSeDeleteSqlStore';
import type { MigrationRule } from './migrationRule';

/**
 * Every migration rule (`MIG-*`, ../shared/domain/migration-topology-peers.md section (a)) that `validatePlan` runs on
 * a design's plan, in this order. As for the state rules (`registry.ts`): one file per rule id in shared/rules/,
 * its test beside it, one line here.
 */
export const migrationRules: readonly MigrationRule[] = [
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
