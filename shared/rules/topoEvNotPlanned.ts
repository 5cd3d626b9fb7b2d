import { sessionsOf } from '../analysis/linkDemand';
import { resolveTraffic } from '../analysis/resolveSettings';
import { SOURCES } from '../catalog/sources';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';

/**
 * With no PSTN gateway, SBA or SBS anywhere, no call can reach the PSTN (catalog/pstnRouting.ts), so the busy-hour
 * PSTN calls the user model expects of Enterprise Voice users (50% EV-enabled x 60% PSTN-enabled x 4 calls x 3 min
 * = 6%, user-models page) are counted on no Mediation Server and no link. Said once, as a note: a design without
 * voice is a choice, not a fault, but the planner should know the voice figures are left out and how to add them.
 * Quiet when the traffic model itself puts nobody in a PSTN call (pstnPercent 0 everywhere).
 */
export const topoEvNotPlanned = defineDesignRule({
  id: 'TOPO-EV-NOT-PLANNED',
  title: 'Enterprise Voice is planned where users can reach the PSTN',
  source: SOURCES.userModels,
  check({ design, index, figures }) {
    if (index.reachesPstn) return [];
    let users = 0;
    let calls = 0;
    const percents = new Set<number>();
    // The design's share once, a group's own where it sets one: this runs again on every typed user count.
    const designPercent = resolveTraffic(design).pstnPercent;
    for (const group of design.userGroups) {
      if (group.count === 0) continue;
      const percent = group.traffic?.pstnPercent ?? designPercent;
      users += group.count;
      calls += sessionsOf(group.count, percent);
      percents.add(percent);
    }
    if (calls === 0) return [];
    const share =
      percents.size === 1 ? `${[...percents][0]}% of ${countOf(users, 'user')}` : `of ${countOf(users, 'user')}`;
    // The sites that hold a Front End pool are where a gateway and its trunk would go; the first is selected.
    const centralSites = design.sites
      .filter((site) => figures.sites.get(site.id)?.hostsFrontEnd)
      .map((site) => site.id);
    return [
      {
        severity: 'info',
        subjects: centralSites.length > 0 ? centralSites : design.userGroups.map((group) => group.id),
        message: `No PSTN gateway, SBA or SBS is in the design, so no call can reach the PSTN: Enterprise Voice is not planned, and the ${countOf(calls, 'busy-hour PSTN call')} the traffic model expects (${share}) load no Mediation Server and no WAN link. To plan Enterprise Voice, add a PSTN gateway from the palette at a central site and draw a PSTN gateway association to it from a Mediation pool or a Front End pool with collocated Mediation, or add an SBA or SBS at a branch site.`,
      },
    ];
  },
});
