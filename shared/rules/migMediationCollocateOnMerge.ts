import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { defineTransitionRule } from './define/migrationRule';
import { describeStep, poolsOf } from './define/planLookups';

/**
 * "When merging a legacy topology with Lync Server 2013, we require that you first collocate the Lync Server 2010
 * Mediation Server" (deploy-lync-server-2013-pilot-pool.md): the step that adds the first Lync 2013 Front End pool
 * beside Lync 2010 finds no stand-alone 2010 Mediation pool. (The page's advice to collocate Mediation on the pilot
 * pool is a recommendation only, and a 2013 stand-alone Mediation pool is supported: not judged.)
 */
export const migMediationCollocateOnMerge = defineTransitionRule({
  id: 'MIG-MEDIATION-COLLOCATE-ON-MERGE',
  title: 'The 2010 Mediation Server is collocated before the merge',
  source: SOURCES.deployPilotPool,
  checkStep({ step, before, after }) {
    if (poolsOf(before, 'frontEnd', 2013).length > 0 || poolsOf(before, 'frontEnd', 2010).length === 0) return [];
    const first = poolsOf(after, 'frontEnd', 2013);
    const standalone = poolsOf(before, 'mediation', 2010);
    if (first.length === 0 || standalone.length === 0) return [];
    return [
      {
        severity: 'warning',
        subjects: [first[0]!.id, ...standalone.map((p) => p.id)],
        message: `${describeStep(step)} merges the Lync 2010 topology with Lync 2013 (${describePool(first[0]!)}) while Lync 2010 ${standalone.map(describePool).join(', ')} is a stand-alone Mediation Server; the merge requires the 2010 Mediation Server to be collocated on its Front End pool first. Collocate it in an earlier step; later the 2013 Mediation role may stay collocated or become stand-alone.`,
      },
    ];
  },
});
