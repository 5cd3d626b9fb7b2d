import { PERSISTENT_CHAT } from '../catalog/persistentChat';
import { SOURCES } from '../catalog/sources';
import { countOf, formatCount } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';

/** Users homed on an SBA cannot create Persistent Chat rooms. */
export const topoSbaUsersNoPchatRooms = defineDesignRule({
  id: 'TOPO-SBA-USERS-NO-PCHAT-ROOMS',
  title: 'SBA users and Persistent Chat rooms',
  source: SOURCES.branchResiliency,
  check({ design, index }) {
    if (!index.poolsByRole.has('persistentChat')) return [];
    // The groups homed on SBAs, from the SBAs' lists of groups (a few pools, not every group), in the design's order.
    const positions: number[] = [];
    for (const pool of index.poolsByRole.get('sba') ?? [])
      positions.push(...(index.groupPositionsByHomePool.get(pool.id) ?? []));
    const sbaGroups = positions.sort((a, b) => a - b).map((position) => design.userGroups[position]!);
    if (sbaGroups.length === 0) return [];
    const users = sbaGroups.reduce((sum, group) => sum + group.count, 0);
    return [
      {
        severity: 'info',
        subjects: sbaGroups.map((g) => g.id),
        message: `${countOf(users, 'user')} ${users === 1 ? 'is' : 'are'} homed on Survivable Branch Appliances; they can join Persistent Chat rooms but cannot create rooms or view room cards (about ${formatCount(Math.ceil((users * PERSISTENT_CHAT.userPercent.value) / 100))} of them use chat, by the user model).`,
      },
    ];
  },
});
