import { SOURCES } from '../catalog/sources';
import type { Step } from '../model/migration';
import type { DesignVerdict } from './define/designRule';
import { definePlanRule } from './define/migrationRule';
import { describeStep } from './define/planLookups';

/**
 * "For multiple sites containing multiple pools, each individual pool should follow this phased approach"
 * (migration-phases.md): the steps of one legacy pool (one `legacyPoolId`) go through phases 1–8 in order, so a
 * step's phase is never below the phase of an earlier step of the same pool. A warning: the page says "should".
 * A step without `legacyPoolId` belongs to the legacy pool when the plan names at most one (a one-pool migration need
 * not label every step); when it names several, such a step is estate-wide (an Edge, the CMS) and the unlabelled
 * steps are checked as one sequence of their own, not against any one pool's.
 */
export const migPerPoolPhases = definePlanRule({
  id: 'MIG-PER-POOL-PHASES',
  title: "Each legacy pool's steps follow the phases in order",
  source: SOURCES.migrationPhases,
  check({ states }) {
    const labels = new Set(states.steps.flatMap((step) => (step.legacyPoolId ? [step.legacyPoolId] : [])));
    const single = labels.size <= 1 ? [...labels][0] : undefined;
    const highest = new Map<string, Step>();
    const verdicts: Array<DesignVerdict & { steps: string[] }> = [];
    for (const step of states.steps) {
      const pool = step.legacyPoolId ?? single;
      const key = pool ?? '';
      const top = highest.get(key);
      if (!top || step.phase >= top.phase) {
        highest.set(key, step);
        continue;
      }
      const legacy = pool ? states.file.entity(pool)?.entity : undefined;
      const whose = legacy && 'fqdn' in legacy ? `the migration of ${legacy.fqdn}` : 'the estate-wide steps';
      verdicts.push({
        severity: 'warning',
        subjects: [step.id, ...(pool ? [pool] : [])],
        steps: [step.id],
        message: `${describeStep(step)} is of phase ${step.phase} but comes after ${describeStep(top)}, of phase ${top.phase}, in ${whose}; each legacy pool goes through the phases in order. Move the step before ${top.id}, or correct its phase.`,
        value: step.phase,
        limit: top.phase,
      });
    }
    return verdicts;
  },
});
