import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { isStandardEdition } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** A Standard Edition server's back end is its own SQL Express and cannot move to a SQL store. */
export const topoSeSqlLocal = definePoolRule({
  id: 'TOPO-SE-SQL-LOCAL',
  title: 'A Standard Edition server keeps its own SQL Express back end',
  source: SOURCES.collocationStandard,
  appliesTo: isStandardEdition,
  evaluate: (pool, _figures, { index }) =>
    associated(index, pool.id, 'backEnd').length > 0
      ? [
          {
            severity: 'error',
            message: `${describePool(pool)} has a Back End association; a Standard Edition server's back end is its local SQL Express and cannot be moved.`,
          },
        ]
      : [],
});
