import { SOURCES } from '../catalog/sources';
import { defineDesignRule } from './define/designRule';

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
