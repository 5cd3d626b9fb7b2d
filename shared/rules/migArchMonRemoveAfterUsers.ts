import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { describeStep } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { legacyUserHomes } from './define/planLookups';
import { poolRemovals } from './define/stepActions';

/**
 * A legacy Archiving or Monitoring Server can be removed once no user is left on any legacy pool
 * (remove-legacy-archiving-and-monitoring-servers.md: "the key requirement is that all users have been removed
 * from any remaining legacy pools"), and after the Archiving/Monitoring association of every Front End pool, SBA
 * and SBS that uses it has been cleared (remove-the-archiving-server-association.md). Removing the server in the
 * plan also drops those associations, so the state the removal applies to is the one judged.
 *
 * "Legacy pool" is read as planLookups' legacyUserHomes reads it (a 2010 SBA or SBS counts only while its backup
 * registrar is a 2010 pool), the reading MIG-XMPP-LEGACY-UNTIL-ALL-MOVED shares; the page quotes are beside it.
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
      const homes = legacyUserHomes(state);
      const legacy = state.userGroups.filter((group) => homes.has(group.homePoolId));
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
