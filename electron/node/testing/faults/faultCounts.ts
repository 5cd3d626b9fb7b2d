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
