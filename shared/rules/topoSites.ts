import { SOURCES } from '../catalog/sources';
import { type DesignVerdict, defineDesignRule } from './define/designRule';

/** A deployment has at least one central site: one that holds a Front End pool or Standard Edition server (sites page). */
export const topoDeployNeedsCentralSite = defineDesignRule({
  id: 'TOPO-DEPLOY-NEEDS-CENTRAL-SITE',
  title: 'The deployment has a central site',
  source: SOURCES.sites,
  structural: true,
  check({ design, figures }) {
    if (design.sites.length === 0) return [];
    if (design.sites.some((site) => figures.sites.get(site.id)?.hostsFrontEnd)) return [];
    return [
      {
        severity: 'error',
        subjects: design.sites.map((site) => site.id),
        message:
          'No site holds a Front End pool or Standard Edition server, so the deployment has no central site. Every Lync deployment needs at least one.',
      },
    ];
  },
});

/** Each branch site belongs to exactly one central site (sites page; Topology Builder's branch wizard). */
export const topoBranchOneCentral = defineDesignRule({
  id: 'TOPO-BRANCH-ONE-CENTRAL',
  title: 'Each branch site belongs to a central site',
  source: SOURCES.sites,
  structural: true,
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

/**
 * A site with a Front End pool or Standard Edition server is a central site, even if drawn as a branch (the large
 * reference topology's 600-user Site C). lyncplan treats it as central and says so.
 */
export const topoCentralSiteDef = defineDesignRule({
  id: 'TOPO-CENTRAL-SITE-DEF',
  title: 'A site with a Front End pool is a central site',
  source: SOURCES.sites,
  structural: true,
  check({ design, figures }) {
    return design.sites
      .filter((site) => site.kind === 'branch' && figures.sites.get(site.id)?.hostsFrontEnd)
      .map((site) => ({
        severity: 'info' as const,
        subjects: [site.id],
        message: `Site ${site.name} holds a Front End pool or Standard Edition server, so it is a central site, not a branch; lyncplan treats it as central. Change its kind to Central.`,
      }));
  },
});
