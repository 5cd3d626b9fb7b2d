import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import type { DesignVerdict } from './define/designRule';
import { definePlanRule } from './define/migrationRule';
import { describeStep, hasSteps, poolsOf, usersOnLegacyPools, versionOf } from './define/planLookups';

/**
 * A Lync 2013 Persistent Chat pool "must be homed on a Lync Server 2013 pool", a Lync 2010 Group Chat pool "on a Lync
 * Server 2010 pool" (coexistence-considerations.md), and Group Chat is migrated "last, after completing the process
 * for migrating all other components" (migration paths page). The format has no association from a Persistent Chat
 * pool to the Front End pool it is homed on, so the home is judged as far as it can be: every state that holds a
 * chat pool holds a Front End pool of its version; and a step that removes a 2010 Group Chat pool finds no user left
 * on a 2010 pool.
 */
export const migPchatHomeVersion = definePlanRule({
  id: 'MIG-PCHAT-HOME-VERSION',
  title: 'Persistent Chat is homed on its own version, and Group Chat migrates last',
  source: SOURCES.groupChatCoexistence,
  check({ design, states }) {
    if (!hasSteps(design)) return [];
    const homeless = new Map<string, DesignVerdict & { steps: string[] }>();
    states.ids.forEach((state, i) => {
      const topology = states.stateAt(i - 1);
      for (const chat of topology.pools) {
        if (chat.role !== 'persistentChat') continue;
        const version = versionOf(chat);
        if (poolsOf(topology, 'frontEnd', version).length > 0) continue;
        const seen = homeless.get(chat.id);
        if (seen) {
          seen.steps.push(state);
          continue;
        }
        const step = states.steps.find((s) => s.id === state);
        const name = version === 2010 ? `Lync 2010 Group Chat pool ${chat.fqdn}` : `Lync 2013 ${describePool(chat)}`;
        homeless.set(chat.id, {
          severity: 'error',
          subjects: [...(step ? [step.id] : []), chat.id],
          steps: [state],
          message: `${name} has no Lync ${version} Front End pool to be homed on${step ? ` after ${describeStep(step)}` : ''}; a ${version === 2010 ? 'Group Chat' : 'Persistent Chat'} pool is homed on a pool of its own version.${version === 2010 ? ' Keep a 2010 pool until Group Chat is migrated: migrate it last.' : ' Deploy the 2013 Front End pool first.'}`,
        });
      }
    });
    const verdicts = [...homeless.values()];
    states.steps.forEach((step, k) => {
      const before = states.stateAt(k - 1);
      const removed = new Set(step.actions.flatMap((action) => (action.op === 'remove' ? action.ids : [])));
      // The Group Chat pools the step removes first (a few, most steps none); the users on legacy pools (a sum over
      // every group of the state) only for a step that removes one.
      if (removed.size === 0) return;
      const chats = poolsOf(before, 'persistentChat', 2010).filter((chat) => removed.has(chat.id));
      if (chats.length === 0) return;
      const users = usersOnLegacyPools(before);
      if (users === 0) return;
      for (const chat of chats) {
        verdicts.push({
          severity: 'error',
          subjects: [step.id, chat.id],
          steps: [step.id],
          message: `${describeStep(step)} removes Lync 2010 Group Chat pool ${chat.fqdn} while ${formatCount(users)} users are still homed on Lync 2010 pools; Group Chat is migrated last, after every other component. Move the users and services to Lync 2013 first.`,
          value: users,
          limit: 0,
        });
      }
    });
    return verdicts;
  },
});
