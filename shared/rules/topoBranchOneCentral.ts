import { SOURCES } from '../catalog/sources';
import { type DesignVerdict, defineDesignRule } from './define/designRule';

/** Each branch site belongs to exactly one central site (sites page; Topology Builder's branch wizard). */
export const topoBranchOneCentral = defineDesignRule({
  id: 'TOPO-BRANCH-ONE-CENTRAL',
  title: 'Each branch site belongs to a central site',
  source: SOURCES.sites,
  structural: true,
  reads: { pools: ['role', 'siteId'] },
  check({ design, index, figures }) {
    const verdicts: DesignVerdict[] = [];
    for (const site of design.sites) {
      if (site.kind !== 'branch' || figures.sites.get(site.id)?.hostsFrontEnd) continue;
      const central = site.centralSiteId ? index.sites.get(site.centralSiteId) : undefined;
      if (central && (central.kind === 'central' || figures.sites.get(central.id)?.hostsFrontEnd)) continue;
      verdicts.push({
        severity: 'error',
        subjects: [site.id],
        message: central
          ? `Branch site ${site.name} names ${central.name} as its central site, but ${central.name} is a branch.`
          : `Branch site ${site.name} is not associated with a central site; every branch belongs to exactly one.`,
      });
    }
    return verdicts;
  },
});
