// `npm run bench`: bundles the benchmark with esbuild (as the app's Node side is built) and runs it once.
import { runBundled } from './runBundled.mjs';

process.exit(await runBundled('build/bench/runBench.ts', 'bench'));
