import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** Asynchronous SQL mirroring is not supported for the Back End (synchronous mirroring or clustering are). */
export const topoBeNoAsyncMirror = definePoolRule({
  id: 'TOPO-BE-NO-ASYNC-MIRROR',
  title: 'No asynchronous mirroring of the Back End',
  source: SOURCES.backEndHa,
  appliesTo: (pool) => pool.role === 'backEnd',
  evaluate: (pool) =>
    pool.role === 'backEnd' && pool.ha === 'asyncMirroring'
      ? [
          {
            severity: 'error',
            message: `${describePool(pool)} uses asynchronous mirroring, which Lync Server 2013 does not support; use synchronous mirroring or SQL failover clustering.`,
          },
        ]
      : [],
});
