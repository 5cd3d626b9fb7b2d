import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { isStandardEdition } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/**
 * A Standard Edition server hosting users should be paired with another: it has no high availability of its own.
 * Pool pairing is new in Lync Server 2013 (lync-server-2013-new-disaster-recovery-and-high-availability-features.md),
 * so a 2010 server is not told to pair.
 */
export const topoSePairedRecommended = definePoolRule({
  id: 'TOPO-SE-PAIRED-RECOMMENDED',
  title: 'A Standard Edition server hosting users is paired',
  source: SOURCES.capacityUserModels,
  appliesTo: (pool) => isStandardEdition(pool) && pool.version !== 2010,
  evaluate: (pool, { users }, { index }) =>
    users === 0 ||
    associated(index, pool.id, 'backupPool').length > 0 ||
    associated(index, pool.id, 'backupPool', 'to').length > 0
      ? []
      : [
          {
            severity: 'warning',
            message: `${describePool(pool)} hosts users but is not paired; deploying two paired Standard Edition servers is strongly recommended for disaster recovery.`,
          },
        ],
});
