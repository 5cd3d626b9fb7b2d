import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { describeStep } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule, type Transition } from './define/migrationRule';
import { poolRemovals } from './define/stepActions';

/**
 * A legacy Archiving or Monitoring Server can be removed once no user is left on any legacy pool
 * (remove-legacy-archiving-and-monitoring-servers.md: "the key requirement is that all users have been removed
 * from any remaining legacy pools"), and after the Archiving/Monitoring association of every Front End pool, SBA
 * and SBS that uses it has been cleared (remove-the-archiving-server-association.md). Removing the server in the
 * plan also drops those associations, so the state the removal applies to is the one judged.
 *
 * "Legacy pool" is read as a Lync 2010 Front End pool or Standard Edition server, and a 2010 SBA or SBS only while its
 * backup registrar is still a 2010 pool: connect-a-survivable-branch-appliance.md keeps a 2010 appliance in service
 * under a 2013 Front End pool, with its users homed on it, and the association page has its Archiving/Monitoring
 * association cleared before the servers go, which it would not need if no 2010 appliance could stay.
 */
export const migArchMonRemoveAfterUsers = defineTransitionRule({
  id: 'MIG-ARCH-MON-REMOVE-AFTER-USERS',
  title: 'Legacy Archiving and Monitoring Servers go once no user is on a legacy pool',
  source: SOURCES.removeLegacyArchivingMonitoring,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    const verdicts: DesignVerdict[] = [];
    for (const { pool, state, index, removed } of poolRemovals(transition)) {
      if (pool.role !== 'archiving' && pool.role !== 'monitoring') continue;
      const legacy = state.userGroups.filter((group) => onLegacyPool(group.homePoolId, index));
      if (legacy.length > 0) {
        const users = legacy.reduce((sum, group) => sum + group.count, 0);
        const pools = [...new Set(legacy.map((group) => group.homePoolId))].map((id) => index.pools.get(id)!);
        verdicts.push({
          severity: 'error',
          subjects: [pool.id, ...pools.map((legacyPool) => legacyPool.id)],
          message: `${countOf(users, 'user')} ${users === 1 ? 'is' : 'are'} still homed on Lync Server 2010 pools (${pools.map((p) => p.fqdn).join(', ')}) when ${when} removes ${describePool(pool)}; move every user to 2013 first.`,
          value: users,
          limit: 0,
        });
      }
      const associations = (index.associationsTo.get(pool.id) ?? []).filter(
        (association) => association.kind === pool.role && !removed.has(association.from),
      );
      if (associations.length > 0) {
        const names = associations.map((association) => index.pools.get(association.from)?.fqdn ?? association.from);
        verdicts.push({
          severity: 'error',
          subjects: [pool.id, ...associations.map((association) => association.from)],
          message: `${describePool(pool)} is still associated with ${names.join(', ')}; clear the ${pool.role === 'archiving' ? 'Archiving' : 'Monitoring'} Server association of each before ${when} removes it.`,
          value: associations.length,
          limit: 0,
        });
      }
    }
    return verdicts;
  },
});

/** A 2010 Front End pool, or a 2010 branch appliance that still registers with a 2010 pool (or with none). */
function onLegacyPool(poolId: string, index: Transition['afterIndex']): boolean {
  const pool = index.pools.get(poolId);
  if (pool?.version !== 2010) return false;
  if (pool.role !== 'sba' && pool.role !== 'sbs') return true;
  const registrars = (index.associationsFrom.get(poolId) ?? []).filter(
    (association) => association.kind === 'registrar',
  );
  return registrars.length === 0 || registrars.some((association) => index.pools.get(association.to)?.version === 2010);
}
