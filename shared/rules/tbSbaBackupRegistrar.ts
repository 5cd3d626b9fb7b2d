import { associated } from '../analysis/designIndex';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/**
 * Every SBA/SBS has one Front End pool as backup registrar, in its branch's central site. A Lync 2010 SBA may be
 * re-homed under a Lync 2013 pool: the SBA page's own procedure associates "the legacy Lync Server 2010 SBA to the Lync
 * Server 2013 Front End pool"; a 2013 SBA or SBS under a 2010 pool is the mismatch no page supports.
 */
export const tbSbaBackupRegistrar = definePoolRule({
  id: 'TB-SBA-BACKUP-REGISTRAR',
  title: 'An SBA or SBS has a backup registrar pool',
  source: 'Lync/LyncServer/connect-a-survivable-branch-appliance.md',
  appliesTo: (pool) => pool.role === 'sba' || pool.role === 'sbs',
  evaluate: (pool, _figures, { index }) => {
    const registrars = associated(index, pool.id, 'registrar')
      .map((a) => index.pools.get(a.to)!)
      .filter(Boolean);
    if (registrars.length === 0)
      return [
        {
          severity: 'error',
          message: `${describePool(pool)} has no backup registrar; draw a Backup registrar association to a Front End pool in its central site.`,
        },
      ];
    if (registrars.length > 1)
      return [
        {
          severity: 'error',
          message: `${describePool(pool)} has ${countOf(registrars.length, 'backup registrar')}; it has exactly one.`,
          value: registrars.length,
          limit: 1,
        },
      ];
    const registrar = registrars[0]!;
    const branch = index.sites.get(pool.siteId);
    const expectedSite = branch?.kind === 'branch' ? branch.centralSiteId : branch?.id;
    const problems = [];
    if (expectedSite && registrar.siteId !== expectedSite)
      problems.push({
        severity: 'error' as const,
        message: `${describePool(pool)} registers with ${describePool(registrar)} in ${index.sites.get(registrar.siteId)?.name}; its backup registrar is a pool in its own central site (${index.sites.get(expectedSite)?.name}).`,
      });
    if ((pool.version ?? 2013) === 2013 && registrar.version === 2010)
      problems.push({
        severity: 'error' as const,
        message: `${describePool(pool)} (Lync 2013) registers with ${describePool(registrar)} (Lync 2010); a 2013 SBA or SBS needs a 2013 Front End pool as its backup registrar (only a 2010 one may register with a pool of the other version).`,
      });
    return problems;
  },
});
