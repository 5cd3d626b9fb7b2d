import type { DesignIndex } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { definePairRule } from './define/pairRule';

function backEndHa(pool: Pool, design: Design, index: DesignIndex): string | undefined {
  const association = design.associations.find((a) => a.kind === 'backEnd' && a.from === pool.id);
  const store = association ? index.pools.get(association.to) : undefined;
  return store?.role === 'backEnd' ? store.ha : undefined;
}

/** Paired pools should protect their Back End the same way: do not pair a mirrored pool with a clustered one. */
export const topoPairSameBeHa = definePairRule({
  id: 'TOPO-PAIR-SAME-BE-HA',
  title: 'Paired pools use the same Back End high availability',
  source: SOURCES.backEndHa,
  structural: true,
  evaluate: ({ a, b, association }, { design, index }) => {
    const haA = backEndHa(a, design, index);
    const haB = backEndHa(b, design, index);
    const protectedModes = ['mirroring', 'clustering'];
    if (!haA || !haB || haA === haB || !protectedModes.includes(haA) || !protectedModes.includes(haB)) return [];
    return [
      {
        severity: 'warning',
        subjects: [a.id, b.id, association.id],
        message: `${describePool(a)} uses SQL ${haA} and its partner ${describePool(b)} uses SQL ${haB}; paired pools should use the same Back End high availability.`,
      },
    ];
  },
});
