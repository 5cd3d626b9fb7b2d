import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { definePairRule } from './define/pairRule';

/** Paired pools belong in different sites (data centres); a pair in one site protects against nothing a site loses. */
export const topoPairDifferentSite = definePairRule({
  id: 'TOPO-PAIR-DIFFERENT-SITE',
  title: 'Paired pools are in different sites',
  source: SOURCES.sites,
  structural: true,
  evaluate: ({ a, b, association }, { index }) =>
    a.siteId !== b.siteId
      ? []
      : [
          {
            severity: 'warning',
            subjects: [a.id, b.id, association.id],
            message: `${describePool(a)} and ${describePool(b)} are paired in the same site (${index.sites.get(a.siteId)?.name}); pair pools in different data centres so a site failure is survivable.`,
          },
        ],
});
