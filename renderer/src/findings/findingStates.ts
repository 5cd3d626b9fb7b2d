import { START_STATE } from '../../../shared/model/migration';
import type { PlanStates } from '../../../shared/plan/planStates';
import type { PlanFinding } from '../../../shared/rules/define/migrationRule';
import type { Finding } from '../../../shared/rules/define/rule';
import { stepTitle } from '../../../shared/wording/entityNames';

const SHOWN_STATES = 3;

/**
 * Where a plan's finding holds, for a finding listed with "All states" that does not hold in the state on screen:
 * "In step 3 — Move the pilot users, step 4 — …" (the first few, then how many more). Undefined when it holds here.
 */
export function otherStatesNote(finding: Finding, states: PlanStates, selected: string): string | undefined {
  const steps = (finding as Partial<PlanFinding>).steps;
  if (!steps || steps.includes(selected)) return undefined;
  const names = steps.slice(0, SHOWN_STATES).map((id) => {
    if (id === START_STATE) return 'start';
    const index = states.indexOf(id) ?? -1;
    return stepTitle(index, states.steps[index]?.name ?? id);
  });
  const more = steps.length - SHOWN_STATES;
  return `In ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * What a click on a finding shows: the state it holds in (the one on screen if it holds there, else the first of its
 * states) and its first subject that exists in that state (a transition finding names its step first, and a step
 * that removes a pool names the pool it removes), else its first entity.
 */
export function focusOf(
  finding: Finding,
  states: PlanStates | undefined,
  selected: string | undefined,
): { state?: string; subject?: string } {
  const steps = (finding as Partial<PlanFinding>).steps;
  const state = steps && selected !== undefined && !steps.includes(selected) ? steps[0] : undefined;
  const entities = finding.subjects.filter((id) => states?.indexOf(id) === undefined);
  const shown = states?.state(state ?? selected ?? START_STATE);
  const exists = (id: string) =>
    !shown ||
    shown.pools.some((pool) => pool.id === id) ||
    shown.servers.some((server) => server.id === id) ||
    shown.sites.some((site) => site.id === id) ||
    shown.userGroups.some((group) => group.id === id) ||
    shown.links.some((link) => link.id === id) ||
    shown.associations.some((association) => association.id === id);
  const subject = entities.find(exists) ?? entities[0];
  return { ...(state !== undefined ? { state } : {}), ...(subject !== undefined ? { subject } : {}) };
}
