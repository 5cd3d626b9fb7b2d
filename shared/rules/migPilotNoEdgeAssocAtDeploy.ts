import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { defineTransitionRule } from './define/migrationRule';
import { associationsNew, describeStep, pilotPoolsAdded, poolsById } from './define/planLookups';

/**
 * "During pilot pool deployment, do not choose the Enable an Edge pool to be used by the media component of this
 * Front End pool option" (deploy-lync-server-2013-pilot-pool.md): the step that adds a pilot Front End pool (a 2013
 * pool beside a 2010 one) adds no `edge` association from it. A later step associates it, first with the legacy
 * Edge (connect-pilot-pool-to-legacy-edge-servers.md), then with the 2013 Edge at the cut-over.
 */
export const migPilotNoEdgeAssocAtDeploy = defineTransitionRule({
  id: 'MIG-PILOT-NO-EDGE-ASSOC-AT-DEPLOY',
  title: 'The pilot pool is deployed without an Edge association',
  source: SOURCES.deployPilotPool,
  checkStep({ step, before, after }) {
    const pilots = pilotPoolsAdded(before, after, 'frontEnd');
    if (pilots.length === 0) return [];
    const pools = poolsById(after);
    const edges = associationsNew(before, after, 'edge');
    return pilots.flatMap((pilot) =>
      edges
        .filter((a) => a.from === pilot.id && pools.has(a.to))
        .map((a) => ({
          severity: 'warning' as const,
          subjects: [pilot.id, a.to],
          message: `${describeStep(step)} deploys the pilot ${describePool(pilot)} already associated with ${describePool(pools.get(a.to)!)} for media; deploy the pilot pool with "Enable an Edge pool to be used by the media component" cleared, and associate it in a later step (with the legacy Edge in phase 3, with the 2013 Edge at the cut-over in phase 6).`,
        })),
    );
  },
});
