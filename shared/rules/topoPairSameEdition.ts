import { isVirtualPool } from '../analysis/pairs';
import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePairRule } from './define/pairRule';

/**
 * Only Enterprise with Enterprise, Standard with Standard, physical with physical and virtual with virtual may
 * pair; Topology Builder does not block the others, so lyncplan must (supported-pairing page).
 */
export const topoPairSameEdition = definePairRule({
  id: 'TOPO-PAIR-SAME-EDITION',
  title: 'Paired pools are of the same edition and both physical or both virtual',
  source: SOURCES.poolPairing,
  structural: true,
  evaluate: ({ a, b, association }, { index }) => {
    const subjects = [a.id, b.id, association.id];
    if (a.role !== 'frontEnd' || b.role !== 'frontEnd') {
      return [
        {
          severity: 'error',
          subjects,
          message: `${describePool(a)} is paired with ${describePool(b)}; only Front End pools and Standard Edition servers can be paired.`,
        },
      ];
    }
    if (a.edition !== b.edition) {
      return [
        {
          severity: 'error',
          subjects,
          message: `${describePool(a)} is paired with ${describePool(b)}; only Enterprise with Enterprise or Standard with Standard is supported (Topology Builder will not stop this).`,
        },
      ];
    }
    if (isVirtualPool(a, index) !== isVirtualPool(b, index)) {
      return [
        {
          severity: 'error',
          subjects,
          message: `${describePool(a)} and ${describePool(b)} are paired but one runs on virtual machines and the other on physical servers; pair physical with physical, virtual with virtual.`,
        },
      ];
    }
    return [];
  },
});
