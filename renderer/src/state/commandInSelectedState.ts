import { recordInStep } from '../../../shared/commands/recordInStep';
import type { Design } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { useUi } from './uiStore';

/**
 * An edit of the canvas or the inspector, aimed at the state on screen (issue 13, "Editing records into the plan"):
 * with no plan or `start` selected it changes the file, the estate as it stands today; with a step selected it is
 * recorded into that step's actions.
 */
export function commandInSelectedState(command: (design: Design) => Design): (design: Design) => Design {
  const stateId = useUi.getState().selectedState;
  if (stateId === undefined || stateId === START_STATE) return command;
  return (design) => (design.migration ? recordInStep(design, stateId, command) : command(design));
}
