import { associated } from '../analysis/designIndex';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** A pool whose users hold conferences should have Office Web Apps for PowerPoint presentations. */
export const tbOwasForConferencing = definePoolRule({
  id: 'TB-OWAS-FOR-CONFERENCING',
  title: 'A conferencing pool has Office Web Apps',
  source: 'Lync/LyncServer/lync-server-2013-define-and-configure-a-front-end-pool-or-standard-edition-server.md',
  appliesTo: (pool) => pool.role === 'frontEnd',
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
