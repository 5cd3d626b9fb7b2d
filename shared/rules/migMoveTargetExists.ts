import { SOURCES } from '../catalog/sources';
import { hostedKinds } from '../model/hosts';
import type { Step } from '../model/migration';
import { homingRoles } from '../model/pool';
import { describePool, subjectName } from '../wording/entityNames';
import { describeStep, hostedNoun } from '../wording/planNames';
import type { DesignVerdict } from './define/designRule';
import { defineTransitionRule } from './define/migrationRule';
import { groupIdsOf } from './define/planLookups';
import { actionsInStep } from './define/stepActions';

/**
 * Users and services move to a pool that is there to take them (user-migration.md: users move to the deployed
 * pilot pool, then the rest "to the new deployment"). The plan's engine lets a move to a pool that is absent from
 * the state do nothing (migration.md), so this rule says why: the pool is added only later, or was removed already.
 * Also a move of users to a pool that cannot home them, and a move of hosted objects from a pool that has none.
 * Not in the domain table: named in its style (issue 12 asks for the check).
 */
export const migMoveTargetExists = defineTransitionRule({
  id: 'MIG-MOVE-TARGET-EXISTS',
  title: 'Moves name pools that exist at that point of the plan',
  source: SOURCES.userMigration,
  checkStep(transition) {
    const { step, stepIndex, context } = transition;
    const steps = context.states.steps;
    const when = describeStep(step, stepIndex);
    const file = context.design;
    const verdicts: DesignVerdict[] = [];
    const absent = (id: string, position: number, what: string) =>
      verdicts.push({
        severity: 'error',
        subjects: [id],
        message: `${capitalized(what)} ${subjectName(file, id)} ${whereItIs(steps, id, stepIndex, position)}, so ${when} moves nothing there; add it in an earlier step or move to a pool that exists.`,
      });
    for (const { action, position, state } of actionsInStep(transition)) {
      // The pools of the state by a scan, not its index: a long step of moves need not index every state in it.
      const poolIn = (id: string) => state.pools.find((pool) => pool.id === id);
      if (action.op === 'moveUsers') {
        const target = poolIn(action.to);
        if (!target) absent(action.to, position, 'the pool');
        else if (!homingRoles.includes(target.role))
          verdicts.push({
            severity: 'error',
            subjects: [target.id],
            message: `${describePool(target)} cannot home users, but ${when} moves user groups to it; move them to a Front End pool, Standard Edition server, SBA or SBS.`,
          });
        const present = groupIdsOf(state.userGroups);
        for (const groupId of action.groupIds)
          if (!present.has(groupId)) {
            const where = whereItIs(steps, groupId, stepIndex, position);
            verdicts.push({
              severity: 'error',
              subjects: [groupId],
              message: `The user group “${subjectName(file, groupId)}” ${where}, so ${when} cannot move it.`,
            });
          }
      } else if (action.op === 'moveHosted') {
        const source = poolIn(action.from);
        if (!source) absent(action.from, position, 'the pool');
        if (!poolIn(action.to)) absent(action.to, position, 'the pool');
        if (!source) continue;
        const kinds = action.what ?? hostedKinds;
        if (kinds.some((kind) => (source.hosts?.[kind] ?? 0) > 0)) continue;
        verdicts.push({
          severity: 'warning',
          subjects: [source.id],
          message: `${describePool(source)} hosts no ${action.what ? action.what.map(hostedNoun).join(' or ') : 'non-user objects'} when ${when} moves them; the move does nothing (moved already, or never there).`,
        });
      } else if (action.op === 'moveCms' && !poolIn(action.to)) absent(action.to, position, 'the pool');
    }
    return verdicts;
  },
});

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why an entity is absent from the state an action applies to: it comes later in the plan, or it was removed. */
function whereItIs(steps: readonly Step[], id: string, stepIndex: number, position: number): string {
  const isAt = (s: number, p: number) => s < stepIndex || (s === stepIndex && p < position);
  let removedAt: number | undefined;
  for (const [s, step] of steps.entries()) {
    for (const [p, action] of step.actions.entries()) {
      if (action.op === 'add' && action.ids.includes(id) && !isAt(s, p))
        return s === stepIndex ? 'is added only later in this step' : `is added only by ${describeStep(step, s)}`;
      if (action.op === 'remove' && action.ids.includes(id) && isAt(s, p)) removedAt = s;
    }
  }
  if (removedAt !== undefined)
    return removedAt === stepIndex
      ? 'is removed earlier in this step'
      : `was removed by ${describeStep(steps[removedAt]!, removedAt)}`;
  return 'does not exist at this point of the plan';
}
