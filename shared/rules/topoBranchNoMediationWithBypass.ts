import { SOURCES } from '../catalog/sources';
import { defineDesignRule } from './define/designRule';

/** A branch whose gateway does media bypass needs no Mediation Server of its own (reference topologies). */
export const topoBranchNoMediationWithBypass = defineDesignRule({
  id: 'TOPO-BRANCH-NO-MEDIATION-WITH-BYPASS',
  title: 'No branch Mediation Server with media bypass',
  source: SOURCES.referenceMedium,
  structural: true,
  reads: { pools: ['role', 'siteId', 'mediaBypass'] },
  check({ design, index }) {
    return design.sites
      .filter(
        (site) =>
          site.kind === 'branch' &&
          index.bypassSites.has(site.id) &&
          (index.poolsBySite.get(site.id) ?? []).some((p) => p.role === 'mediation'),
      )
      .map((site) => ({
        severity: 'info' as const,
        subjects: [site.id],
        message: `Branch site ${site.name} has a media-bypass gateway and a Mediation pool; with bypass and a resilient WAN, the branch needs no Mediation Server.`,
      }));
  },
});
