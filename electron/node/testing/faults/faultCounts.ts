/**
 * How many times a fault test kills its child. `npm test` runs the floor the issue asks for (50 saves, 30 library
 * writes); `npm run test:faults` sets LYNCPLAN_FAULT_KILLS to run more of the same test.
 */
export function killCount(floor: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.LYNCPLAN_FAULT_KILLS ?? '', 10);
  return Number.isFinite(asked) && asked > floor ? asked : floor;
}

/** The seed of the kill moments: LYNCPLAN_FAULT_SEED replays a failed run, otherwise a fixed one. */
export function killSeed(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.LYNCPLAN_FAULT_SEED ?? '', 10);
  return Number.isFinite(asked) ? asked : 14;
}

/**
 * How many children a fault test kills side by side (lanes.ts): one in `npm test`, so the other test files keep a
 * core of the two CI has; `npm run test:faults`, which runs alone, sets LYNCPLAN_FAULT_LANES to 2.
 */
export function killLanes(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number.parseInt(env.LYNCPLAN_FAULT_LANES ?? '', 10);
  return Number.isFinite(asked) && asked >= 1 ? Math.min(asked, 8) : 1;
}
