import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/**
 * Every Front End pool and Standard Edition server needs a file store, and a file share serves only pools of
 * its own site (collocation page; the "every pool needs one" part is Topology Builder's behaviour, inferred).
 */
export const topoPoolNeedsFilestore = definePoolRule({
  id: 'TOPO-POOL-NEEDS-FILESTORE',
  title: 'A Front End pool has a file store in its site',
  source: SOURCES.collocationEnterprise,
  appliesTo: (pool) => pool.role === 'frontEnd',
  evaluate: (pool, _figures, { index }) => {
    const stores = associated(index, pool.id, 'fileStore')
      .map((a) => index.pools.get(a.to))
      .filter((p) => p?.role === 'fileStore');
    if (stores.length === 0)
      return [
        {
          severity: 'error',
          message: `${describePool(pool)} has no file store; draw a File store association to a file share in its site.`,
        },
      ];
    return stores
      .filter((store) => store!.siteId !== pool.siteId)
      .map((store) => ({
        severity: 'error' as const,
        message: `${describePool(pool)} uses the file store ${store!.fqdn} in another site; a file share serves only pools of its own site.`,
      }));
  },
});
