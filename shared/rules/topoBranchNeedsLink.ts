import { SOURCES } from '../catalog/sources';
import { countOf } from '../wording/numbers';
import { defineSiteRule } from './define/siteRule';

/**
 * A branch's users "get most of their Lync Server functionality from the servers at the associated central
 * site", which provides "the Lync Server services ... that are not hosted locally at the branch site, such as
 * presence and conferencing"; even an SBA or SBS branch reaches its central site over the WAN (sites page). A
 * branch with people and no WAN link is a design with a link left out: their busy-hour media is on no link, so
 * no link is sized for it. A warning, not an error: the sites page describes the link, Topology Builder does
 * not hold one, and the planner may simply not have drawn it yet.
 */
export const topoBranchNeedsLink = defineSiteRule({
  id: 'TOPO-BRANCH-NEEDS-LINK',
  title: 'A branch with users has a WAN link',
  source: SOURCES.sites,
  evaluate(site, { users, hostsFrontEnd }, { index }) {
    if (site.kind !== 'branch' || hostsFrontEnd || users === 0 || (index.linksBySite.get(site.id)?.length ?? 0) > 0)
      return [];
    const central = site.centralSiteId ? index.sites.get(site.centralSiteId) : undefined;
    const to = central ? `central site ${central.name}` : 'its central site';
    return [
      {
        severity: 'warning',
        message: `Branch site ${site.name} has ${countOf(users, 'user')} but no WAN link; they get presence, conferencing and most other Lync services from ${to}. Add a WAN link to ${central ? central.name : 'the central site'} in the site's inspector, with its capacity, so their busy-hour media is checked.`,
        value: 0,
        limit: 1,
      },
    ];
  },
});
