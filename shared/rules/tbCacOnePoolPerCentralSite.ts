import { countOf } from '../wording/numbers';
import { type DesignVerdict, defineDesignRule } from './define/designRule';

/**
 * Where call admission control is used (a link has a bandwidth policy), it is enabled on exactly one pool per
 * central site involved: the pool that runs the Bandwidth Policy Service (`callAdmissionControl` on the pool).
 */
export const tbCacOnePoolPerCentralSite = defineDesignRule({
  id: 'TB-CAC-ONE-POOL-PER-CENTRAL-SITE',
  title: 'Call admission control runs on one pool per central site',
  source: 'Lync/LyncServer/lync-server-2013-define-and-configure-a-front-end-pool-or-standard-edition-server.md',
  structural: true,
  reads: { pools: ['role', 'callAdmissionControl', 'siteId'], links: ['cac', 'siteA', 'siteB'] },
  check({ design, index }) {
    const centralOf = (siteId: string) => {
      const site = index.sites.get(siteId);
      return site?.kind === 'branch' && site.centralSiteId ? site.centralSiteId : siteId;
    };
    const needing = new Set<string>();
    for (const link of design.links)
      if (link.cac) for (const end of [link.siteA, link.siteB]) needing.add(centralOf(end));
    const cacPools = new Map<string, string[]>();
    for (const pool of design.pools)
      if (pool.role === 'frontEnd' && pool.callAdmissionControl === true)
        cacPools.set(pool.siteId, [...(cacPools.get(pool.siteId) ?? []), pool.id]);
    const verdicts: DesignVerdict[] = [];
    for (const siteId of new Set([...needing, ...cacPools.keys()])) {
      const pools = cacPools.get(siteId) ?? [];
      const name = index.sites.get(siteId)?.name ?? siteId;
      if (pools.length > 1)
        verdicts.push({
          severity: 'error',
          subjects: [siteId, ...pools],
          message: `${countOf(pools.length, 'pool')} in ${name} run call admission control; it runs on exactly one pool per central site.`,
          value: pools.length,
          limit: 1,
        });
      if (pools.length === 0 && needing.has(siteId) && index.sites.get(siteId)?.kind === 'central')
        verdicts.push({
          severity: 'error',
          subjects: [siteId],
          message: `Links of ${name} have bandwidth policies, but no pool in ${name} runs call admission control; tick "Runs call admission control for its central site" on one Front End pool there.`,
          value: 0,
          limit: 1,
        });
    }
    return verdicts;
  },
});
