import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/** Exactly one Front End pool or Standard Edition server hosts the Central Management store. */
export const topoCmsOne = defineDesignRule({
  id: 'TOPO-CMS-ONE',
  title: 'Exactly one pool hosts the Central Management store',
  source: SOURCES.selectCms,
  structural: true,
  reads: { pools: [...POOL_NAME_FIELDS, 'hostsCms'] },
  check({ design }) {
    const frontEnds = design.pools.filter((pool) => pool.role === 'frontEnd');
    if (frontEnds.length === 0) return [];
    const hosts = frontEnds.filter((pool) => pool.role === 'frontEnd' && pool.hostsCms === true);
    if (hosts.length === 1) return [];
    return [
      hosts.length === 0
        ? {
            severity: 'error',
            subjects: [frontEnds[0]!.id],
            message:
              'No Front End pool or Standard Edition server hosts the Central Management store; the deployment needs exactly one (tick "Hosts the Central Management store" on one).',
            value: 0,
            limit: 1,
          }
        : {
            severity: 'error',
            subjects: hosts.map((p) => p.id),
            message: `${countOf(hosts.length, 'pool')} host the Central Management store (${hosts.map(describePool).join(', ')}); there is exactly one.`,
            value: hosts.length,
            limit: 1,
          },
    ];
  },
});
