/** A state as a table cell names it: "start", "step 3". */
export const stateLabel = (state: { index: number; id: string }) =>
  state.index === 0 ? state.id : `step ${state.index}`;

/**
 * The states a finding holds in, short: "every state", "start to step 4", "step 2", or runs of consecutive states
 * ("start to step 1, step 4 to step 5"). The states are the plan's, in order; an id that is none of them is left out.
 */
export function statesSpan(ids: readonly string[], states: ReadonlyArray<{ index: number; id: string }>): string {
  const at = ids.map((id) => states.findIndex((state) => state.id === id)).filter((i) => i >= 0);
  if (at.length === states.length && states.length > 1) return 'every state';
  const runs: Array<[number, number]> = [];
  for (const i of [...at].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  }
  const label = (i: number) => stateLabel(states[i]!);
  return runs.map(([a, b]) => (a === b ? label(a) : `${label(a)} to ${label(b)}`)).join(', ');
}
