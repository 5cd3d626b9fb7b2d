import { SOURCES } from '../catalog/sources';
import { defineDesignRule } from './define/designRule';

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
