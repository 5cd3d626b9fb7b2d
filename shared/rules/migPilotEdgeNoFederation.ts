import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { associationsNew, describeStep, pilotPoolsAdded, poolsById, poolsOf } from './define/planLookups';

/**
 * The pilot Lync 2013 Edge is defined without federation or XMPP federation, and with no Front End or Mediation
 * pool associated, because "federation and XMPP federation are both currently routed through the legacy Lync Server
 * 2010 Edge Server" and so is external media (deploy-pilot-edge-server.md). Judged on the step that adds a 2013 Edge
 * while a 2010 Edge runs. An association from a pilot Front End pool the same step adds is
 * MIG-PILOT-NO-EDGE-ASSOC-AT-DEPLOY's, so that one association gives one finding.
 */
export const migPilotEdgeNoFederation = defineTransitionRule({
  id: 'MIG-PILOT-EDGE-NO-FEDERATION',
  title: 'The pilot 2013 Edge starts without federation and without media associations',
  source: SOURCES.deployPilotEdge,
  checkStep({ step, before, after }) {
    const edges = pilotPoolsAdded(before, after, 'edge');
    if (edges.length === 0) return [];
    const legacy = poolsOf(before, 'edge', 2010).map(describePool).join(', ');
    const pilotFrontEnds = new Set(pilotPoolsAdded(before, after, 'frontEnd').map((pool) => pool.id));
    const pools = poolsById(after);
    const verdicts: DesignVerdict[] = [];
    for (const edge of edges) {
      const features = [
        ...(edge.role === 'edge' && edge.federation === true ? ['SIP federation'] : []),
        ...(edge.role === 'edge' && edge.xmpp === true ? ['XMPP federation'] : []),
      ];
      if (features.length > 0)
        verdicts.push({
          severity: 'warning',
          subjects: [edge.id],
          message: `${describeStep(step)} adds the pilot Lync 2013 ${describePool(edge)} with ${features.join(' and ')} enabled, while Lync 2010 ${legacy} still carries federation; define the pilot Edge without federation or XMPP federation, and enable them on it at the federation cut-over (phase 6).`,
        });
      const media = associationsNew(before, after, 'edge').filter(
        (a) => a.to === edge.id && !pilotFrontEnds.has(a.from) && pools.has(a.from),
      );
      if (media.length > 0)
        verdicts.push({
          severity: 'warning',
          subjects: [edge.id, ...media.map((a) => a.from)],
          message: `${describeStep(step)} adds the pilot Lync 2013 ${describePool(edge)} with ${media.map((a) => describePool(pools.get(a.from)!)).join(', ')} associated for media, while external media still goes through Lync 2010 ${legacy}; associate no pool with the pilot Edge yet, and move the media association to it at the cut-over (phase 6).`,
        });
    }
    return verdicts;
  },
});
