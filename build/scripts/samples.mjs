// `npm run samples`: writes samples/*.lyncplan from the generators of shared/samples/, run from the project root.
import { runBundled } from './runBundled.mjs';

process.exit(await runBundled('build/samples/writeSamples.ts', 'samples'));
