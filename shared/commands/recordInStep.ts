import type { Design } from '../model/design';
import { CommandRefused } from './commandError';

/**
 * Runs an edit of the canvas on the state after a plan step and records what it changed as that step's actions
 * (issue 13, "Editing records into the plan"). A placeholder for the renderer's timeline: the real command is written
 * beside the other plan commands, with this signature.
 */
export function recordInStep(_design: Design, _stepId: string, _command: (state: Design) => Design): Design {
  throw new CommandRefused('Editing inside a step is not available yet');
}
