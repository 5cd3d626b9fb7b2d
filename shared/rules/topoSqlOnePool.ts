import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/** A database server supports the back end of at most one Front End pool, however its instances are laid out. */
export const topoSqlOnePool = definePoolRule({
  id: 'TOPO-SQL-ONE-POOL',
  title: 'A SQL store is the Back End of one pool',
  source: SOURCES.collocationEnterprise,
  appliesTo: (pool) => pool.role === 'backEnd',
  evaluate: (pool, _figures, { index }) => {
    const users = associated(index, pool.id, 'backEnd', 'to')
      .map((a) => index.pools.get(a.from)!)
      .filter(Boolean);
    return users.length <= 1
      ? []
      : [
          {
            severity: 'error',
            message: `${describePool(pool)} is the Back End of ${countOf(users.length, 'pool')} (${users.map((p) => p.fqdn).join(', ')}); a database server supports one Front End pool.`,
            value: users.length,
            limit: 1,
          },
        ];
  },
});
