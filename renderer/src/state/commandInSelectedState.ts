import { recordInStepReporting } from '../../../shared/commands/recordInStep';
import type { Design } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { countOf } from '../../../shared/wording/numbers';
import { notify, useUi } from './uiStore';

/**
 * An edit of the canvas or the inspector, aimed at the state on screen (issue 13, "Editing records into the plan"):
 * on a design without a plan it changes the file; on a design with one it is recorded into the selected state by
 * recordInStep — into the step's actions for a step, into the starting estate for `start` — so the canvas and the
 * inspector call the same pure commands in every state. What recording took out of the plan besides what was deleted
 * (a later step's move to a pool deleted at its own step) is said, so nothing leaves the plan unseen.
 */
export function commandInSelectedState(command: (design: Design) => Design): (design: Design) => Design {
  const stateId = useUi.getState().selectedState ?? START_STATE;
  return (design) => {
    if (!design.migration) return command(design);
    const recorded = recordInStepReporting(design, stateId, command);
    const dropped = recorded.droppedActions.length + recorded.droppedEntityIds.length;
    if (dropped > 0)
      notify(
        `Also taken out of the plan: ${[
          recorded.droppedActions.length > 0 ? countOf(recorded.droppedActions.length, 'later action') : '',
          recorded.droppedEntityIds.length > 0 ? countOf(recorded.droppedEntityIds.length, 'item added later') : '',
        ]
          .filter(Boolean)
          .join(' and ')} that named what was deleted. Ctrl+Z brings them back.`,
        'info',
      );
    return recorded.design;
  };
}
