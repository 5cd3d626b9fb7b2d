import type { Design, Entity, EntityCollection } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import type { Pool } from '../../../shared/model/pool';
import type { PlanStates } from '../../../shared/plan/planStates';
import { stateDiff } from '../../../shared/plan/stateDiff';
import { describePool, stepTitle, subjectName } from '../../../shared/wording/entityNames';
import { formatCount } from '../../../shared/wording/numbers';

/** Two states of a plan and what differs between them, in names a reader scans ("Compare with…"). */
export interface StateComparison {
  /** The earlier of the two states, in plan order, and the later: the difference reads from one to the other. */
  from: { id: string; name: string };
  to: { id: string; name: string };
  added: string[];
  removed: string[];
  moved: string[];
  changed: string[];
}

/** "Start" or "Step 3 — Move the pilot users". */
export function stateName(states: PlanStates, id: string): string {
  if (id === START_STATE) return 'Start';
  const index = states.indexOf(id) ?? -1;
  const title = stepTitle(index, states.steps[index]?.name ?? id);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The difference between two states (either order): what the later one adds, removes, moves and changes. */
export function compareStates(states: PlanStates, a: string, b: string): StateComparison {
  const [first, second] = (states.indexOf(a) ?? -1) <= (states.indexOf(b) ?? -1) ? [a, b] : [b, a];
  const before = states.state(first)!;
  const after = states.state(second)!;
  const diff = stateDiff(before, after);
  return {
    from: { id: first, name: stateName(states, first) },
    to: { id: second, name: stateName(states, second) },
    added: diff.added.map(({ collection, entity }) => entityName(collection, entity, after)),
    removed: diff.removed.map(({ collection, entity }) => entityName(collection, entity, before)),
    moved: diff.moved.map(
      ({ before: was, after: now }) =>
        `${subjectName(after, now.id)} (${formatCount(now.count)} users): ${subjectName(before, was.homePoolId)} → ${subjectName(after, now.homePoolId)}`,
    ),
    changed: diff.changed.map(
      ({ collection, after: entity, fields }) => `${entityName(collection, entity, after)}: ${fields.join(', ')}`,
    ),
  };
}

function entityName(collection: EntityCollection, entity: Entity, state: Design): string {
  switch (collection) {
    case 'pools':
      return describePool(entity as Pool);
    case 'servers':
      return `server ${subjectName(state, entity.id)}`;
    case 'sites':
      return `site ${subjectName(state, entity.id)}`;
    case 'userGroups':
      return `user group ${subjectName(state, entity.id)}`;
    case 'links':
      return `WAN link ${subjectName(state, entity.id)}`;
    case 'associations': {
      const { from, to } = entity as Design['associations'][number];
      return `association ${subjectName(state, from)} → ${subjectName(state, to)}`;
    }
  }
}
