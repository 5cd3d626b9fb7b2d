import { recordInStep } from '../../../shared/commands/recordInStep';
import { type Design, entityCollections } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { planStates } from '../../../shared/plan/planStates';
import { useUi } from './uiStore';

/**
 * An edit of the canvas or the inspector, aimed at the state on screen (issue 13, "Editing records into the plan"):
 * with no plan or `start` selected it changes the file, the estate as it stands today; with a step selected it is
 * recorded into that step's actions (recordInStep). An edit that changes no entity of the state (a box moved, the
 * design renamed, the page setup) changes what every state shares: the file's layout, meta and settings, as it did.
 */
export function commandInSelectedState(command: (design: Design) => Design): (design: Design) => Design {
  const stateId = useUi.getState().selectedState;
  if (stateId === undefined || stateId === START_STATE) return command;
  return (design) => {
    if (!design.migration) return command(design);
    const state = planStates(design).state(stateId);
    if (!state) return command(design);
    const after = command(state);
    if (after === state) return design;
    if (entityCollections.some((collection) => after[collection] !== state[collection]))
      return recordInStep(design, stateId, command);
    return { ...design, ...withoutEntities(after), migration: design.migration };
  };
}

/** The fields of a state that every state shares with the file: all but its entities. */
function withoutEntities(state: Design): Partial<Design> {
  const shared: Record<string, unknown> = { ...state };
  for (const collection of entityCollections) delete shared[collection];
  return shared as Partial<Design>;
}
