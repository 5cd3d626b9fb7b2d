import { associated } from '../analysis/designIndex';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/**
 * A pool whose users hold conferences should have Office Web Apps for PowerPoint presentations. Only a Lync Server
 * 2013 pool: "Lync Server 2013 now uses Office Web Apps and the Office Web Apps Server ... to handle PowerPoint
 * presentations" (lync-server-2013-new-conferencing-features.md, "Updated PowerPoint Sharing"); a 2010 pool shares
 * PowerPoint without it, so a 2010 pool is never judged by this 2013 requirement (migration.md).
 */
export const tbOwasForConferencing = definePoolRule({
  id: 'TB-OWAS-FOR-CONFERENCING',
  title: 'A conferencing pool has Office Web Apps',
  source: 'Lync/LyncServer/lync-server-2013-define-and-configure-a-front-end-pool-or-standard-edition-server.md',
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.version !== 2010,
  evaluate: (pool, { users }, { index }) =>
    users === 0 || associated(index, pool.id, 'officeWebApps').length > 0
      ? []
      : [
          {
            severity: 'warning',
            message: `${describePool(pool)} hosts conferences without Office Web Apps; PowerPoint presentations in meetings need an Office Web Apps farm.`,
          },
        ],
});
