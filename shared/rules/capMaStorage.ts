import { associated } from '../analysis/designIndex';
import { USER_MODEL } from '../catalog/userModel';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/**
 * How fast a Monitoring or Archiving store grows: 77 and 57 KB per user per day, the 2013 capacity page's figures
 * for 2013 stores; a Lync Server 2010 Back End is not judged by them.
 */
export const capMaStorage = definePoolRule({
  id: 'CAP-MA-STORAGE',
  title: 'Monitoring and Archiving storage growth',
  source: USER_MODEL.monitoringKbPerUserDay.source,
  appliesTo: (pool) => pool.role === 'backEnd' && pool.version !== 2010,
  evaluate: (pool, _figures, { index, figures }) => {
    const usersOf = (kind: 'monitoring' | 'archiving') =>
      associated(index, pool.id, kind, 'to').reduce((sum, a) => sum + (figures.pools.get(a.from)?.users ?? 0), 0);
    const monitoring = usersOf('monitoring');
    const archiving = usersOf('archiving');
    if (monitoring === 0 && archiving === 0) return [];
    const gb = (users: number, kb: number) => Math.round((users * kb) / 10_485.76) / 100;
    const parts = [
      ...(monitoring ? [`Monitoring ${gb(monitoring, USER_MODEL.monitoringKbPerUserDay.value)} GB`] : []),
      ...(archiving ? [`Archiving ${gb(archiving, USER_MODEL.archivingKbPerUserDay.value)} GB`] : []),
    ];
    return [
      {
        severity: 'info',
        message: `${describePool(pool)} grows by about ${parts.join(' and ')} a day (user model: ${USER_MODEL.monitoringKbPerUserDay.value} KB per user for Monitoring, ${USER_MODEL.archivingKbPerUserDay.value} KB for Archiving).`,
      },
    ];
  },
});
