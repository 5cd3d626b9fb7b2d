import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import type { DesignVerdict } from './define/designRule';
import { definePlanRule } from './define/migrationRule';
import { describeStep, hasSteps, versionOf } from './define/planLookups';

const SURVIVABLE: ReadonlySet<string> = new Set(['sba', 'sbs']);

/**
 * connect-a-survivable-branch-appliance.md: "A Lync Server 2010 Survivable Branch Appliance can only be associated
 * with a Lync Server 2010 Monitoring Store" (a `monitoring` association to a 2013 SQL store, in any state; one to a
 * Monitoring Server of another version is MIG-ARCH-MON-VERSION-MATCH's), and "users homed on the legacy Lync Server
 * 2010 SBA must first be moved to another Front End pool" before the SBA changes Front End pool (a step that changes
 * an SBA's `registrar` association while groups are homed on it; the registrar pool's own removal is left to
 * MIG-POOL-EMPTY-BEFORE-DECOM, which counts SBA users as the pool's). Which version of registrar is allowed is
 * TB-SBA-BACKUP-REGISTRAR's: a 2010 SBA may be re-homed under a 2013 pool.
 */
export const migSbaVersionMatch = definePlanRule({
  id: 'MIG-SBA-VERSION-MATCH',
  title: 'A 2010 SBA keeps a 2010 Monitoring store, and is emptied before it changes pool',
  source: SOURCES.connectSba,
  check({ design, states, validationAt }) {
    if (!hasSteps(design)) return [];
    const verdicts: Array<DesignVerdict & { steps: string[] }> = [];
    const wrongStore = new Map<string, DesignVerdict & { steps: string[] }>();
    // A state whose pools and associations are the lists of the state before it holds what that state held.
    let previous: { pools: unknown; associations: unknown; keys: string[] } | undefined;
    states.ids.forEach((state, i) => {
      const topology = states.stateAt(i - 1);
      if (previous && previous.pools === topology.pools && previous.associations === topology.associations) {
        for (const key of previous.keys) wrongStore.get(key)!.steps.push(state);
        return;
      }
      const keys: string[] = [];
      previous = { pools: topology.pools, associations: topology.associations, keys };
      const pools = validationAt(i - 1).index.pools;
      for (const association of topology.associations) {
        if (association.kind !== 'monitoring') continue;
        const sba = pools.get(association.from);
        const store = pools.get(association.to);
        if (!sba || !store || !SURVIVABLE.has(sba.role) || versionOf(sba) !== 2010) continue;
        if (store.role !== 'backEnd' || versionOf(store) !== 2013) continue;
        const key = `${sba.id}|${store.id}`;
        keys.push(key);
        const seen = wrongStore.get(key);
        if (seen) seen.steps.push(state);
        else
          wrongStore.set(key, {
            severity: 'error',
            subjects: [sba.id, store.id],
            steps: [state],
            message: `Lync 2010 ${describePool(sba)} keeps its monitoring data on Lync 2013 ${describePool(store)}; a 2010 SBA can only be associated with a Lync 2010 Monitoring store. Associate it with the 2010 Monitoring store, or remove the association.`,
          });
      }
    });
    verdicts.push(...wrongStore.values());
    states.steps.forEach((step, k) => {
      const before = states.stateAt(k - 1);
      const after = states.stateAt(k);
      // A registrar changes with the associations, and an SBA goes with the pools: a step that touches neither moves none.
      if (before.associations === after.associations && before.pools === after.pools) return;
      const registrarIn = (state: typeof before) =>
        new Map(state.associations.filter((a) => a.kind === 'registrar').map((a) => [a.from, a.to]));
      const was = registrarIn(before);
      const is = registrarIn(after);
      const poolsBefore = validationAt(k - 1).index.pools;
      const poolsAfter = validationAt(k).index.pools;
      for (const [sbaId, from] of was) {
        const sba = poolsBefore.get(sbaId);
        if (!sba || !SURVIVABLE.has(sba.role) || !poolsAfter.has(sbaId) || is.get(sbaId) === from) continue;
        // The registrar pool removed with users on its SBA is MIG-POOL-EMPTY-BEFORE-DECOM's (the pool is not empty).
        if (!poolsAfter.has(from)) continue;
        const groups = before.userGroups.filter((group) => group.homePoolId === sbaId);
        const users = groups.reduce((sum, group) => sum + group.count, 0);
        if (groups.length === 0) continue;
        const to = is.get(sbaId);
        const old = poolsBefore.get(from);
        const next = to ? poolsAfter.get(to) : undefined;
        verdicts.push({
          severity: 'error',
          subjects: [step.id, sbaId, ...groups.map((group) => group.id)],
          steps: [step.id],
          message: `${describeStep(step)} ${next ? `moves the backup registrar of ${describePool(sba)} to ${describePool(next)}` : `removes the backup registrar of ${describePool(sba)}`}${old ? ` (from ${describePool(old)})` : ''} while ${formatCount(users)} users are homed on it; move the branch users to another Front End pool first, re-home the SBA, then move them back.`,
          value: users,
          limit: 0,
        });
      }
    });
    return verdicts;
  },
});
