// `npm run test:faults`: the fault-injection tests of electron/node/testing/faults/ with many more kills than
// `npm test` runs (500 by default, or LYNCPLAN_FAULT_KILLS), and a fresh seed each run (or LYNCPLAN_FAULT_SEED, to
// replay one), printed first so a failure can be run again exactly.
import { spawnSync } from 'node:child_process';

const kills = process.env.LYNCPLAN_FAULT_KILLS ?? '500';
const seed = process.env.LYNCPLAN_FAULT_SEED ?? String(Date.now() % 1_000_000);
console.log(
  `lyncplan: fault injection with ${kills} kills per test, seed ${seed} (LYNCPLAN_FAULT_SEED=${seed} replays it)`,
);
const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'build/vitest.config.mts', 'electron/node/testing/faults'],
  {
    stdio: 'inherit',
    // Two children at once: this run has the machine to itself.
    env: { LYNCPLAN_FAULT_LANES: '2', ...process.env, LYNCPLAN_FAULT_KILLS: kills, LYNCPLAN_FAULT_SEED: seed },
  },
);
process.exit(result.status ?? 1);
